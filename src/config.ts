/**
 * Where the site's sources live, for the "Sửa trang này" links. Set REPO_URL (and REPO_BRANCH) in the
 * environment to point at a fork or another host; the GitHub workflow sets them from the repository.
 */
export const REPOSITORY_DEFAULT = 'https://github.com/ldld-baoloc/chuong-trinh-hanh-dong';

export interface RepositoryConfig {
	/** Web address of the repository, without a trailing slash. */
	url: string;
	branch: string;
}

export function repositoryConfig(env: Record<string, string | undefined> = process.env): RepositoryConfig {
	return {
		url: (env.REPO_URL || REPOSITORY_DEFAULT).replace(/\/+$/, ''),
		branch: env.REPO_BRANCH || 'main',
	};
}

/** GitHub's web editor for one file, or the folder view when a page comes from several files. */
export function editUrl(files: string[], repo: RepositoryConfig = repositoryConfig()): string {
	const [only] = files;
	if (files.length === 1 && only !== undefined) return `${repo.url}/edit/${repo.branch}/${encodePath(only)}`;
	return `${repo.url}/tree/${repo.branch}/${encodePath(commonFolder(files))}`;
}

/** The commit history of the page's source files (GitHub shows one path; the common folder for several). */
export function historyUrl(files: string[], repo: RepositoryConfig = repositoryConfig()): string {
	const path = files.length === 1 ? (files[0] ?? '') : commonFolder(files);
	return `${repo.url}/commits/${repo.branch}/${encodePath(path)}`;
}

function commonFolder(files: string[]): string {
	const parts = files.map((f) => f.split('/').slice(0, -1));
	const first = parts[0] ?? [];
	const common: string[] = [];
	for (let i = 0; i < first.length && parts.every((p) => p[i] === first[i]); i++) common.push(first[i] ?? '');
	return common.join('/');
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
