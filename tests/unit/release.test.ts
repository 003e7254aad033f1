import { describe, expect, it } from 'vitest';
import { isStrict } from '../../src/config.ts';
import { forRelease, isIllustrative, omittedReport } from '../../src/utils/release.ts';
import { publishedObservations } from '../../src/utils/indicators/publish.ts';
import type { ObservationFile } from '../../src/schemas/observation.ts';

const source = { name: 'Báo cáo', date: '2025-01-15' };
const files: ObservationFile[] = [
	{ year: 2023, observations: [{ indicator: 'a', value: 1, source, status: 'illustrative' }] },
	{
		year: 2024,
		observations: [
			{ indicator: 'a', value: 2, source, status: 'official' },
			{ indicator: 'b', breakdown: 'x', value: 3, source, status: 'illustrative' },
			{ indicator: 'c', value: 4, source, status: 'provisional' },
		],
	},
];

describe('the release rule', () => {
	it('is on only for STRICT=1 or STRICT=true', () => {
		expect(isStrict({ STRICT: '1' })).toBe(true);
		expect(isStrict({ STRICT: 'true' })).toBe(true);
		expect(isStrict({ STRICT: '0' })).toBe(false);
		expect(isStrict({})).toBe(false);
	});

	it('recognises both markings: observation status and an illustrative flag (progress entries)', () => {
		expect(isIllustrative({ status: 'illustrative' })).toBe(true);
		expect(isIllustrative({ illustrative: true })).toBe(true);
		expect(isIllustrative({ illustrative: false, status: 'official' })).toBe(false);
		expect(isIllustrative({ illustrative: 'true' })).toBe(false);
	});

	it('keeps everything outside the release build and splits in it, keeping order', () => {
		const entries = [{ id: 1 }, { id: 2, illustrative: true }, { id: 3, status: 'provisional' }, { id: 4, status: 'illustrative' }];
		expect(forRelease(entries, false)).toEqual({ kept: entries, omitted: [] });
		const release = forRelease(entries, true);
		expect(release.kept.map((e) => e.id)).toEqual([1, 3]);
		expect(release.omitted.map((e) => e.id)).toEqual([2, 4]);
	});

	it('drops illustrative figures and the years left without any, naming each', () => {
		const { files: kept, omitted } = publishedObservations(files, true);
		expect(kept.map((f) => f.year)).toEqual([2024]);
		expect(kept[0]!.observations.map((o) => o.indicator)).toEqual(['a', 'c']);
		expect(omitted).toEqual(['2023 a', '2024 b/x']);
		expect(files[1]!.observations).toHaveLength(3);
		expect(publishedObservations(files, false)).toEqual({ files, omitted: [] });
	});

	it('reports what it left out in one line, and nothing when nothing was', () => {
		expect(omittedReport('số liệu "illustrative"', ['2023 a', '2024 b/x'])).toBe(
			'Bản phát hành bỏ ra 2 số liệu "illustrative" (không đăng): 2023 a, 2024 b/x.',
		);
		expect(omittedReport('số liệu "illustrative"', [])).toBe('');
	});
});
