import { git } from './git-history.ts';
import { repositoryConfig, type GitFacts, type RepositoryConfig } from '../config.ts';

/** The clone's `origin` remote and its default branch (build time); empty outside a git clone. */
export function readGitFacts(cwd = process.cwd()): GitFacts {
	const read = (args: string[]) => git(args, cwd)?.trim() || undefined;
	const head = read(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']);
	return { remote: read(['remote', 'get-url', 'origin']), remoteHead: head?.replace(/^origin\//, '') };
}

let cached: { value: RepositoryConfig | undefined } | undefined;
/** The build's repository (REPO_URL, else the git remote), read once; undefined: no edit/history links. */
export function buildRepository(): RepositoryConfig | undefined {
	cached ??= { value: repositoryConfig(undefined, readGitFacts()) };
	return cached.value;
}
