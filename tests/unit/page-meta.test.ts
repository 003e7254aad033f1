import { describe, expect, it } from 'vitest';
import { editUrl, historyUrl, repositoryConfig, REPOSITORY_DEFAULT } from '../../src/config.ts';
import { lastUpdated, pickLastUpdated } from '../../src/utils/last-updated.ts';

describe('edit and history links', () => {
	it('come from REPO_URL / REPO_BRANCH with a default', () => {
		expect(repositoryConfig({})).toEqual({ url: REPOSITORY_DEFAULT, branch: 'main' });
		const repo = repositoryConfig({ REPO_URL: 'https://github.com/a/b/', REPO_BRANCH: 'dev' });
		expect(editUrl(['content/tasks/nhom-3.md'], repo)).toBe('https://github.com/a/b/edit/dev/content/tasks/nhom-3.md');
		expect(historyUrl(['content/tasks/nhom-3.md'], repo)).toBe('https://github.com/a/b/commits/dev/content/tasks/nhom-3.md');
		expect(editUrl(['content/programme/mo-dau.md', 'content/tasks/nhom-1.md'], repo)).toBe('https://github.com/a/b/tree/dev/content');
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
