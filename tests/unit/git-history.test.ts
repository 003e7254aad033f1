import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastUpdated, parseLog, parseStatus, pathDate, pathDirty, readGitHistory } from '../../src/loaders/git-history.ts';

describe('parsing git output', () => {
	it('keeps the newest date of each path, whatever the order of commits', () => {
		const log =
			'\0' +
			'2026-03-01T10:00:00+07:00\n\na.md\nb/c.json\n' +
			'\0' +
			'2026-05-01T08:00:00+07:00\n\na.md\n' +
			'\0' +
			'2026-01-01T00:00:00Z\n\n';
		expect(parseLog(log)).toEqual(
			new Map([
				['a.md', '2026-05-01T08:00:00+07:00'],
				['b/c.json', '2026-03-01T10:00:00+07:00'],
			]),
		);
		// Compared as instants, not as text: 23:30 at UTC-05 is the next day at UTC.
		expect(parseLog('\x002026-04-02T00:30:00+00:00\n\nx\n\x002026-04-01T23:30:00-05:00\n\nx\n').get('x')).toBe('2026-04-01T23:30:00-05:00');
	});
	it('keeps only the paths under the project folder, relative to it', () => {
		const log = '\x002026-03-01T10:00:00Z\n\nsite/a.md\nother/b.md\nsite-old/c.md\n';
		expect(parseLog(log, 'site/')).toEqual(new Map([['a.md', '2026-03-01T10:00:00Z']]));
	});
	it('makes status paths relative to the project folder and drops the others', () => {
		const status = ' M site/content/a.md\0?? site/new.md\0 M other/b.md\0';
		expect(parseStatus(status, 'site/')).toEqual(new Set(['content/a.md', 'new.md']));
		expect(parseStatus(status, '')).toEqual(new Set(['site/content/a.md', 'site/new.md', 'other/b.md']));
	});
	it('dates a folder by its newest file and finds changes inside it', () => {
		const history = {
			shallow: false,
			dates: new Map([
				['data/observations/a.csv', '2026-02-01T00:00:00Z'],
				['data/observations/b.csv', '2026-06-01T00:00:00Z'],
				['data/observations-old.csv', '2026-09-01T00:00:00Z'],
			]),
			dirty: new Set(['data/observations/b.csv']),
		};
		expect(pathDate(history, 'data/observations')).toBe('2026-06-01T00:00:00Z');
		expect(pathDate(history, 'data/observations/')).toBe('2026-06-01T00:00:00Z');
		expect(pathDate(history, 'data/observations/a.csv')).toBe('2026-02-01T00:00:00Z');
		expect(pathDate(history, 'data/none')).toBeUndefined();
		expect(pathDirty(history, 'data/observations')).toBe(true);
		expect(pathDirty(history, 'data/observations/a.csv')).toBe(false);
		expect(pathDirty(history, 'data/observations-old.csv')).toBe(false);
	});
});

describe('reading a real clone (temporary repository, project in a sub-folder)', () => {
	let repo: string;
	let project: string;
	const git = (args: string[], date?: string) =>
		execFileSync('git', args, {
			cwd: repo,
			encoding: 'utf8',
			env: { ...process.env, GIT_AUTHOR_DATE: date ?? '', GIT_COMMITTER_DATE: date ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: repo },
		});
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(repo, path)), { recursive: true });
		writeFileSync(join(repo, path), text);
	};
	const commit = (message: string, date: string) => {
		git(['add', '-A']);
		git(['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', message], date);
	};

	beforeAll(() => {
		repo = mkdtempSync(join(tmpdir(), 'git-history-'));
		project = join(repo, 'site');
		git(['init', '-q', '-b', 'main']);
		write('site/content/a.md', '1\n2\n3\n4\n5\n6\n');
		write('site/content/tasks/nhóm-1.md', 'x');
		write('site/data/observations/one.csv', '1');
		write('outside.md', 'o');
		commit('first', '2026-01-10T09:00:00+07:00');
		write('site/data/observations/two.csv', '2');
		write('outside.md', 'o2');
		commit('second', '2026-03-05T09:00:00+07:00');
		// A branch changes a.md, main changes it too, and the merge combines both (differs from each parent).
		git(['checkout', '-q', '-b', 'side']);
		write('site/content/a.md', '1\n2\n3\n4\n5\nside\n');
		commit('side', '2026-04-01T09:00:00+07:00');
		git(['checkout', '-q', 'main']);
		write('site/content/a.md', 'main\n2\n3\n4\n5\n6\n');
		commit('main', '2026-04-02T09:00:00+07:00');
		git(['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'merge', '-q', '--no-edit', 'side'], '2026-04-03T09:00:00+07:00');
		git(['checkout', '-q', '-b', 'side2']);
		write('site/content/b.md', 'b');
		commit('side2', '2026-05-01T09:00:00+07:00');
		git(['checkout', '-q', 'main']);
		git(
			['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'merge', '-q', '--no-ff', '--no-edit', 'side2'],
			'2026-06-01T09:00:00+07:00',
		);
	});
	afterAll(() => rmSync(repo, { recursive: true, force: true }));

	it('gives each file the date git log -1 gives it, relative to the project folder', () => {
		const history = readGitHistory(project)!;
		expect(history.shallow).toBe(false);
		expect(history.dirty.size).toBe(0);
		for (const file of [
			'content/a.md',
			'content/b.md',
			'content/tasks/nhóm-1.md',
			'data/observations/one.csv',
			'data/observations/two.csv',
		]) {
			const one = execFileSync('git', ['-c', 'core.quotePath=false', 'log', '-1', '--format=%cI', '--', file], {
				cwd: project,
				encoding: 'utf8',
			}).trim();
			expect([file, pathDate(history, file)]).toEqual([file, one]);
		}
		// The merge that combined both sides is the last change of a.md; a plain merge changes nothing by itself.
		expect(pathDate(history, 'content/a.md')).toBe('2026-04-03T09:00:00+07:00');
		expect(pathDate(history, 'content/b.md')).toBe('2026-05-01T09:00:00+07:00');
		expect(pathDate(history, 'data/observations')).toBe('2026-03-05T09:00:00+07:00');
		// Files outside the project folder are not its history.
		expect(pathDate(history, '../outside.md')).toBeUndefined();
		expect([...history.dates.keys()].some((p) => p.includes('outside'))).toBe(false);
	});
	it('shows the newest date of the page sources, and none once a source is edited or new', () => {
		expect(lastUpdated(['content/a.md', 'data/observations'], undefined, project)).toBe('2026-04-03');
		expect(lastUpdated(['content/tasks/nhóm-1.md'], '2026-12-01', project)).toBe('2026-01-10');
		write('site/data/observations/three.csv', '3');
		const edited = readGitHistory(project)!;
		expect(pathDirty(edited, 'data/observations')).toBe(true);
		expect(pathDirty(edited, 'content/a.md')).toBe(false);
		write('site/content/a.md', 'changed');
		expect(readGitHistory(project)!.dirty).toEqual(new Set(['content/a.md', 'data/observations/three.csv']));
	});
	it('a build reads the history once; the dev server reads it again for each page', () => {
		const dates = (reread: boolean) => lastUpdated(['content/b.md'], undefined, project, reread);
		expect(dates(false)).toBe('2026-05-01');
		write('site/content/b.md', 'b, again');
		commit('b again', '2026-06-15T09:00:00+07:00');
		expect(dates(false)).toBe('2026-05-01');
		expect(dates(true)).toBe('2026-06-15');
		expect(dates(false)).toBe('2026-06-15');
	});
	it('reads nothing outside a repository', () => {
		const lone = mkdtempSync(join(tmpdir(), 'no-git-'));
		try {
			expect(readGitHistory(lone)).toBeUndefined();
			expect(lastUpdated(['content/a.md'], '2026-02-02', lone)).toBe('2026-02-02');
			expect(lastUpdated(['content/a.md'], undefined, lone)).toBeUndefined();
		} finally {
			rmSync(lone, { recursive: true, force: true });
		}
	});
});
