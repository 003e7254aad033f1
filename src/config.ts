/**
 * Every setting the site reads from the environment, in one place (the build, the loaders, the command-line
 * tools and the tests all ask here). Each reader takes the environment as an argument, defaulting to
 * process.env, so tests pass their own.
 *   SITE_URL     absolute origin, e.g. https://ldld-baoloc.github.io   (default http://localhost:4321)
 *   BASE_PATH    sub-path, e.g. /chuong-trinh-hanh-dong                (default /)
 *   OUT_DIR      output folder of the build                            (default ./dist)
 *   DATA_DIR     folder of the indicator data; tests point it at fixtures (default data)
 *   STRICT       1 or true: the release build (no illustrative figures, no markers)
 *   REPO_URL, REPO_BRANCH  where the "Sửa trang này" links point
 */
export type Env = Record<string, string | undefined>;

const processEnv = (): Env => (typeof process === 'undefined' ? {} : process.env);

export function siteUrl(env: Env = processEnv()): string {
	return env.SITE_URL || 'http://localhost:4321';
}

/** The base path as given (Astro's `base`), "/" by default. */
export function basePath(env: Env = processEnv()): string {
	return env.BASE_PATH || '/';
}

/** The base path with exactly one trailing slash ("/a" → "/a/"), for servers and crawlers. */
export function basePathSlash(env: Env = processEnv()): string {
	return basePath(env).replace(/\/?$/, '/');
}

/**
 * The public origin from SITE_URL, or undefined when it is unset or names this machine: absolute addresses
 * (canonical, og:url, og:image, sitemap) are written only for the real site, never for the localhost default.
 */
export function publicSiteUrl(env: Env = processEnv()): URL | undefined {
	const value = env.SITE_URL?.trim();
	if (!value) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	if (!/^https?:$/.test(url.protocol) || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname)) return undefined;
	return url;
}

export function outDir(env: Env = processEnv()): string {
	return env.OUT_DIR || './dist';
}

export function dataDir(env: Env = processEnv()): string {
	return env.DATA_DIR || 'data';
}

/**
 * The strict (release) build: STRICT=1 (or true), set by `npm run build:release`. It refuses unfinished-text
 * markers and leaves illustrative figures and entries out (src/utils/release.ts).
 */
export function isStrict(env: Env = processEnv()): boolean {
	return env.STRICT === '1' || env.STRICT === 'true';
}

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

export function repositoryConfig(env: Env = processEnv()): RepositoryConfig {
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
