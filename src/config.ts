/**
 * Every setting the site reads from the environment, in one place (the build, the loaders, the command-line
 * tools and the tests all ask here). Each reader takes the environment as an argument, defaulting to
 * process.env, so tests pass their own.
 *   SITE_URL     absolute origin, e.g. https://example.github.io   (unset: no absolute address anywhere —
 *                no canonical links, no RSS feed, relative download paths; never a guessed localhost)
 *   BASE_PATH    sub-path, e.g. /chuong-trinh-hanh-dong                (default /)
 *   OUT_DIR      output folder of the build                            (default ./dist)
 *   DATA_DIR     folder of the indicator data; tests point it at fixtures (default data)
 *   PROGRESS_DIR folder of the progress entries; tests point it at fixtures (default content/progress)
 *   STRICT       1 or true: the release build (no illustrative figures, no markers)
 *   REPO_URL, REPO_BRANCH  where the "Sửa trang này" links point (else the git remote, src/loaders/git-remote.ts)
 */
export type Env = Record<string, string | undefined>;

const processEnv = (): Env => (typeof process === 'undefined' ? {} : process.env);

/**
 * The site's absolute address (SITE_URL, an http(s) address), or undefined. Read here rather than from
 * import.meta.env.SITE: a child build started from vitest inherits SITE="undefined", which server chunks read.
 */
export function siteUrl(env: Env = processEnv()): string | undefined {
	const value = env.SITE_URL?.trim();
	if (!value) return undefined;
	try {
		return /^https?:$/.test(new URL(value).protocol) ? value : undefined;
	} catch {
		return undefined;
	}
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
 * siteUrl() as a URL, or undefined when it is unset or names this machine: share meta (og:url, og:image) and
 * the sitemap are written only for the real site.
 */
export function publicSiteUrl(env: Env = processEnv()): URL | undefined {
	const value = siteUrl(env);
	if (!value) return undefined;
	const url = new URL(value);
	return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname) ? undefined : url;
}

export function outDir(env: Env = processEnv()): string {
	return env.OUT_DIR || './dist';
}

export function dataDir(env: Env = processEnv()): string {
	return env.DATA_DIR || 'data';
}

export function progressDir(env: Env = processEnv()): string {
	return env.PROGRESS_DIR || 'content/progress';
}

/**
 * The strict (release) build: STRICT=1 (or true), set by `npm run build:release`. It refuses unfinished-text
 * markers and leaves illustrative figures and entries out (src/utils/release.ts).
 */
export function isStrict(env: Env = processEnv()): boolean {
	return env.STRICT === '1' || env.STRICT === 'true';
}

/**
 * Where the site's sources live, for the "Sửa trang này" and "Lịch sử thay đổi" links. Nothing is assumed:
 * the address comes from REPO_URL (and REPO_BRANCH) in the environment (the GitHub workflow sets them), else
 * from the clone's own `origin` remote when that is a known web host (GitHub, GitLab, Codeberg/Gitea).
 * Otherwise there is no repository address and pages show no such links.
 */

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
	const clean = path
		.replace(/^\/+/, '')
		.replace(/\/+$/, '')
		.replace(/\.git$/i, '');
	if (!hostKind(host) || !/^[\w.-]+(?:\/[\w.-]+)+$/.test(clean)) return undefined;
	return `https://${host.toLowerCase()}/${clean}`;
}

/** Facts read from the clone at build time (src/loaders/git-remote.ts); a test passes its own. */
export interface GitFacts {
	/** `git remote get-url origin`. */
	remote?: string;
	/** Default branch of origin ("main"), when the clone knows it. */
	remoteHead?: string;
}

/** The repository from REPO_URL, else from the git remote; undefined when neither gives a web address. */
export function repositoryConfig(env: Env = processEnv(), facts: GitFacts = {}): RepositoryConfig | undefined {
	const configured = env.REPO_URL?.trim();
	if (configured) {
		const url = configured.replace(/\/+$/, '');
		let kind: RepositoryHost;
		try {
			kind = hostKind(new URL(url).hostname) ?? 'github';
		} catch {
			return undefined;
		}
		return { url, branch: env.REPO_BRANCH || 'main', host: kind };
	}
	const url = webUrlFromRemote(facts.remote);
	if (!url) return undefined;
	return { url, branch: env.REPO_BRANCH || facts.remoteHead || 'main', host: hostKind(new URL(url).hostname)! };
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
