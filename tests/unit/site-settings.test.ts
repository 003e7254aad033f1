import { describe, expect, it } from 'vitest';
import { checkSiteSettings } from '../../src/checker/rules/site.ts';

describe('content/site.json checker rule', () => {
	const valid = { programme: { issuer: 'Ban Thường vụ Thành ủy X', period: '' }, publisher: '', maintainer: '', contact: '' };
	it('accepts empty settings (nothing confirmed yet)', () => {
		expect(checkSiteSettings('content/site.json', { data: valid }, true)).toEqual([]);
	});
	it('reports a missing file, an unknown field and padded text with file, field, expected and found', () => {
		expect(checkSiteSettings('content/site.json', undefined, false)).toEqual([
			{ file: 'content/site.json', field: '(toàn tệp)', expected: expect.stringContaining('tệp cài đặt của trang'), found: 'không có tệp' },
		]);
		const problems = checkSiteSettings('content/site.json', { data: { ...valid, owner: 'x', publisher: ' A ' } }, true);
		expect(problems.map((p) => [p.field, p.found])).toEqual([
			['publisher', '" A "'],
			['owner', 'trường lạ "owner"'],
		]);
		expect(problems[0]!.expected).toBe('không có dấu cách thừa ở đầu hoặc cuối');
	});
});

describe('checkSiteSettings without content to read', () => {
	it('reports nothing when the file exists but no entry or no data was loaded', () => {
		expect(checkSiteSettings('content/site.json', undefined, true)).toEqual([]);
		expect(checkSiteSettings('content/site.json', { data: undefined }, true)).toEqual([]);
	});
});
