import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editUrl, historyUrl, repositoryConfig, webUrlFromRemote } from '../../src/config.ts';
import { readGitFacts } from '../../src/loaders/git-remote.ts';
import { lastUpdated } from '../../src/loaders/git-history.ts';
import { pickLastUpdated } from '../../src/utils/last-updated.ts';

describe('edit and history links', () => {
	it('come from REPO_URL / REPO_BRANCH', () => {
		const repo = repositoryConfig({ REPO_URL: 'https://github.com/a/b/', REPO_BRANCH: 'dev' }, {})!;
		expect(repo).toEqual({ url: 'https://github.com/a/b', branch: 'dev', host: 'github' });
		expect(editUrl(['content/tasks/nhom-3.md'], repo)).toBe('https://github.com/a/b/edit/dev/content/tasks/nhom-3.md');
		expect(historyUrl(['content/tasks/nhom-3.md'], repo)).toBe('https://github.com/a/b/commits/dev/content/tasks/nhom-3.md');
		expect(editUrl(['content/programme/mo-dau.md', 'content/tasks/nhom-1.md'], repo)).toBe('https://github.com/a/b/tree/dev/content');
	});
	it('without REPO_URL and without a web remote there is no repository at all (no invented default)', () => {
		expect(repositoryConfig({}, {})).toBeUndefined();
		expect(repositoryConfig({}, { remote: '/srv/git/site.git' })).toBeUndefined();
		expect(repositoryConfig({}, { remote: 'git@git.example.org:a/b.git' })).toBeUndefined();
	});
	it('turns a web host remote into its https address', () => {
		expect(webUrlFromRemote('https://github.com/a/b.git')).toBe('https://github.com/a/b');
		expect(webUrlFromRemote('https://user:token@github.com/a/b')).toBe('https://github.com/a/b');
		expect(webUrlFromRemote('git@github.com:a/b.git')).toBe('https://github.com/a/b');
		expect(webUrlFromRemote('ssh://git@gitlab.com/group/sub/b.git')).toBe('https://gitlab.com/group/sub/b');
		expect(webUrlFromRemote('git@codeberg.org:a/b.git')).toBe('https://codeberg.org/a/b');
		expect(webUrlFromRemote('../other-clone')).toBeUndefined();
		expect(webUrlFromRemote('file:///srv/git/b.git')).toBeUndefined();
		expect(webUrlFromRemote(undefined)).toBeUndefined();
		const gitlab = repositoryConfig({}, { remote: 'git@gitlab.com:a/b.git', remoteHead: 'trunk' })!;
		expect(editUrl(['content/errata.json'], gitlab)).toBe('https://gitlab.com/a/b/-/edit/trunk/content/errata.json');
		expect(historyUrl(['content/errata.json'], gitlab)).toBe('https://gitlab.com/a/b/-/commits/trunk/content/errata.json');
	});
	it('reads the remote of a real git clone (temporary repository)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'repo-remote-'));
		const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
		try {
			git('init', '-q');
			expect(repositoryConfig({}, readGitFacts(dir))).toBeUndefined();
			git('remote', 'add', 'origin', 'git@github.com:vi-du/chuong-trinh.git');
			expect(repositoryConfig({}, readGitFacts(dir))).toEqual({
				url: 'https://github.com/vi-du/chuong-trinh',
				branch: 'main',
				host: 'github',
			});
			git('remote', 'set-url', 'origin', '/tmp/elsewhere.git');
			expect(repositoryConfig({}, readGitFacts(dir))).toBeUndefined();
			// REPO_URL wins over the remote.
			expect(repositoryConfig({ REPO_URL: 'https://gitlab.com/x/y' }, readGitFacts(dir))?.url).toBe('https://gitlab.com/x/y');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('last updated date', () => {
	const facts = { gitDates: ['2026-10-01T09:00:00+07:00', '2026-11-20T10:00:00+07:00'], shallow: false, dirty: false };
	it('is the newest commit date of the page sources', () => {
		expect(pickLastUpdated(facts)).toBe('2026-11-20');
	});
	it('falls back to front matter, else nothing, when history is shallow, missing or the file is edited', () => {
		expect(pickLastUpdated({ ...facts, shallow: true, frontMatter: '2026-11-01' })).toBe('2026-11-01');
		expect(pickLastUpdated({ ...facts, shallow: true })).toBeUndefined();
		expect(pickLastUpdated({ ...facts, dirty: true })).toBeUndefined();
		expect(pickLastUpdated({ ...facts, gitDates: [undefined, facts.gitDates[1]] })).toBeUndefined();
	});
	it('gives no date outside a git repository', () => {
		expect(lastUpdated(['content/tasks/nhom-3.md'], undefined, '/')).toBeUndefined();
	});
});
