import { execFileSync } from 'node:child_process';
import { repositoryConfig, type GitFacts, type RepositoryConfig } from '../config.ts';

/** The clone's `origin` remote and its default branch (build time); empty outside a git clone. */
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

let cached: { value: RepositoryConfig | undefined } | undefined;
/** The build's repository (REPO_URL, else the git remote), read once; undefined: no edit/history links. */
export function buildRepository(): RepositoryConfig | undefined {
	cached ??= { value: repositoryConfig(undefined, readGitFacts()) };
	return cached.value;
}
