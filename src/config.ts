import { execFileSync } from 'node:child_process';

/**
 * Where the site's sources live, for the "Sửa trang này" and "Lịch sử thay đổi" links. Nothing is
 * assumed: the address comes from REPO_URL (and REPO_BRANCH) in the environment (the GitHub workflow
 * sets them), else from the clone's own `origin` remote when that is a known web host (GitHub, GitLab,
 * Codeberg/Gitea). Otherwise there is no repository address and pages show no such links.
 */

/**
 * The site's absolute address: SITE_URL at build time (astro.config.mjs reads the same variable), else
 * undefined. Without it nothing prints an absolute address of the site: no canonical link, no RSS feed,
 * relative download paths, never a guessed http://localhost. (Not import.meta.env.SITE: a child build
 * started from vitest inherits SITE="undefined" in its environment, which server chunks read.)
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): URL | undefined {
	const value = env.SITE_URL?.trim();
	if (!value) return undefined;
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) ? url : undefined;
	} catch {
		return undefined;
	}
}

/** How the host spells its edit and history pages. */
export type RepositoryHost = 'github' | 'gitlab' | 'gitea';

export interface RepositoryConfig {
	/** Web address of the repository (https), without a trailing slash. */
	url: string;
	branch: string;
	host: RepositoryHost;
}

/** The host kind of a web address, or undefined for a host whose page layout is not known. */
export function hostKind(hostname: string): RepositoryHost | undefined {
	const name = hostname.toLowerCase();
	if (name === 'github.com') return 'github';
	if (name === 'gitlab.com' || name.startsWith('gitlab.')) return 'gitlab';
	if (name === 'codeberg.org' || name.startsWith('gitea.') || name.startsWith('forgejo.')) return 'gitea';
	return undefined;
}

/**
 * The https web address of a git remote on a known web host, or undefined:
 * "https://github.com/a/b.git", "git@github.com:a/b.git", "ssh://git@gitlab.com/a/b" → "https://…/a/b".
 * Credentials in the address are dropped; local paths and unknown hosts give undefined.
 */
export function webUrlFromRemote(remote: string | undefined): string | undefined {
	const text = (remote ?? '').trim();
	if (!text) return undefined;
	let host: string;
	let path: string;
	const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/)(.+)$/.exec(text);
	if (/^(?:https?|ssh|git):\/\//i.test(text)) {
		let url: URL;
		try {
			url = new URL(text.replace(/^git:/i, 'https:'));
		} catch {
			return undefined;
		}
		host = url.hostname;
		path = url.pathname;
	} else if (scp) {
		host = scp[1]!;
		path = scp[2]!;
	} else return undefined;
	const clean = path.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/i, '');
	if (!hostKind(host) || !/^[\w.-]+(?:\/[\w.-]+)+$/.test(clean)) return undefined;
	return `https://${host.toLowerCase()}/${clean}`;
}

/** Facts read from the clone (build time); a test passes its own. */
export interface GitFacts {
	/** `git remote get-url origin`. */
	remote?: string;
	/** Default branch of origin ("main"), when the clone knows it. */
	remoteHead?: string;
}

export function readGitFacts(cwd = process.cwd()): GitFacts {
	const git = (args: string[]) => {
		try {
			return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
		} catch {
			return undefined;
		}
	};
	const head = git(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']);
	return { remote: git(['remote', 'get-url', 'origin']), remoteHead: head?.replace(/^origin\//, '') };
}

/** The repository from REPO_URL, else from the git remote; undefined when neither gives a web address. */
export function repositoryConfig(
	env: Record<string, string | undefined> = process.env,
	facts: GitFacts | (() => GitFacts) = readGitFacts,
): RepositoryConfig | undefined {
	const configured = env.REPO_URL?.trim();
	if (configured) {
		const url = configured.replace(/\/+$/, '');
		let kind: RepositoryHost = 'github';
		try {
			kind = hostKind(new URL(url).hostname) ?? 'github';
		} catch {
			return undefined;
		}
		return { url, branch: env.REPO_BRANCH || 'main', host: kind };
	}
	const git = typeof facts === 'function' ? facts() : facts;
	const url = webUrlFromRemote(git.remote);
	if (!url) return undefined;
	return { url, branch: env.REPO_BRANCH || git.remoteHead || 'main', host: hostKind(new URL(url).hostname)! };
}

let cached: { value: RepositoryConfig | undefined } | undefined;
/** The build's repository, read once. */
export function buildRepository(): RepositoryConfig | undefined {
	cached ??= { value: repositoryConfig() };
	return cached.value;
}

/** The host's web editor for one file, or the folder view when a page comes from several files. */
export function editUrl(files: string[], repo: RepositoryConfig): string {
	const [only] = files;
	const prefix = repo.host === 'gitlab' ? `${repo.url}/-` : repo.url;
	if (files.length === 1 && only !== undefined) {
		const edit = repo.host === 'gitea' ? '_edit' : 'edit';
		return `${prefix}/${edit}/${repo.branch}/${encodePath(only)}`;
	}
	const tree = repo.host === 'gitea' ? 'src/branch' : 'tree';
	return `${prefix}/${tree}/${repo.branch}/${encodePath(commonFolder(files))}`;
}

/** The commit history of the page's source files (one path; the common folder for several). */
export function historyUrl(files: string[], repo: RepositoryConfig): string {
	const path = files.length === 1 ? (files[0] ?? '') : commonFolder(files);
	const prefix = repo.host === 'gitlab' ? `${repo.url}/-` : repo.url;
	const commits = repo.host === 'gitea' ? 'commits/branch' : 'commits';
	return `${prefix}/${commits}/${repo.branch}/${encodePath(path)}`;
}

function commonFolder(files: string[]): string {
	const parts = files.map((f) => f.split('/').slice(0, -1));
	const first = parts[0] ?? [];
	const common: string[] = [];
	for (let i = 0; i < first.length && parts.every((p) => p[i] === first[i]); i++) common.push(first[i] ?? '');
	return common.join('/');
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
