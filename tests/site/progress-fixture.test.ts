import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage, root, textOf } from '../helpers/dist.ts';
import { fixtureBuild } from '../helpers/fixture-build.ts';

const entry = join(root, 'tests/fixtures/progress/5-2.md');

/** Copy content/progress and add one entry file, as an editor would: no code change. */
function progressWithEntry(dir: string): string {
	const progress = join(dir, 'progress');
	cpSync(join(root, 'content/progress'), progress, { recursive: true });
	cpSync(entry, join(progress, '2025/5-2.md'));
	return progress;
}

describe('a new progress entry needs one file only', () => {
	const build = fixtureBuild('progress-fixture-', (dir) => ({ PROGRESS_DIR: progressWithEntry(dir) }));

	it('gets its cell on the dashboard, linked to its timeline item', () => {
		const html = readPage('tien-do/', build.dist);
		const row = /<tr[^>]*data-subtask="5\.2"[^>]*>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
		expect(row).toContain('data-status="hoan-thanh"');
		expect(row).toContain('data-units="ban-dan-van-thanh-uy ldld-thanh-pho"');
		expect(row).toContain('href="/tien-do/5-2/#ky-2025"');
		expect(textOf(row)).toContain('✓ hoàn thành — Nhiệm vụ 5.2, Năm 2025');
		expect(textOf(row)).toContain('– chưa có báo cáo'); // 2025-H1: no entry
		expect(textOf(row)).toContain('LĐLĐ thành phố, Ban Dân vận Thành ủy');
		// The counts of the latest period moved by one: 7 "hoàn thành" instead of 6.
		expect(textOf(html)).toContain('Kỳ gần nhất: năm 2025. 44 nhiệm vụ: ○ chưa triển khai: 1 ◐ đang triển khai: 13 ✓ hoàn thành: 7');
	});

	it('gets its timeline item on the sub-task page, escaped', () => {
		const html = readPage('tien-do/5-2/', build.dist);
		expect(html).toContain('<li id="ky-2025" class="timeline-item"');
		const text = textOf(html);
		expect(text).toContain('Trạng thái gần nhất ✓ Hoàn thành — năm 2025, cập nhật đến 15/12/2025');
		expect(text).toContain('Bài thử của bộ kiểm tra: đã phối hợp <thử> với các cơ quan chức năng.');
		expect(text).toContain('Kế hoạch thử nghiệm <thử> & kiểm tra (số 999/KH-THU, ngày 10/03/2025)');
		expect(text).toContain('Ban Dân vận Thành ủy Bảo Lộc');
		expect(text).toContain('Chưa có báo cáo trong: 6 tháng đầu năm 2025.');
		expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<thử>');
	});

	it('gets its status on the group page and its row in the open data', () => {
		const line =
			/<p class="subtask-progress"[^>]*data-progress-status="([^"]+)"[^>]*>(?:(?!<\/p>)[\s\S])*\/tien-do\/5-2\/[\s\S]*?<\/p>/.exec(
				readPage('nhiem-vu/nhom-5/', build.dist),
			);
		expect(line?.[1]).toBe('hoan-thanh');
		expect(textOf(line?.[0] ?? '')).toBe('Tiến độ: ✓ hoàn thành (năm 2025, cập nhật đến 15/12/2025) · Xem tiến độ nhiệm vụ 5.2');
		const csv = readFileSync(join(build.dist, 'du-lieu/tien-do.csv'), 'utf8');
		const rows = csv.split('\r\n').filter((l) => l.startsWith('5.2,'));
		expect(rows).toEqual([
			'5.2,5,2025,Năm 2025,2025-12-15,hoàn thành,hoan-thanh,ldld-thanh-pho ban-dan-van-thanh-uy,LĐLĐ thành phố; Ban Dân vận Thành ủy,999/KH-THU (2025-03-10) Kế hoạch thử nghiệm <thử> & kiểm tra,,Bài thử của bộ kiểm tra: đã phối hợp <thử> với các cơ quan chức năng.,,Tiếp tục theo dõi.,false,/tien-do/5-2/',
		]);
		const json = JSON.parse(readFileSync(join(build.dist, 'du-lieu/tien-do.json'), 'utf8'));
		expect(json.noReport).toContainEqual({ subtask: '5.2', period: '2025-H1' });
		expect(json.noReport).not.toContainEqual({ subtask: '5.2', period: '2025' });
	});

	it('leaves the main build untouched', () => {
		expect(existsSync(join(root, 'content/progress/2025/5-2.md'))).toBe(false);
	});
});

describe('the release build (STRICT=1)', () => {
	const build = fixtureBuild('progress-strict-', (dir) => {
		// Indicator figures made non-illustrative so this build tests the progress rule only.
		const data = join(dir, 'data');
		cpSync(join(root, 'data'), data, { recursive: true });
		for (const name of readdirSync(join(data, 'observations'))) {
			const file = join(data, 'observations', name);
			writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"illustrative"', '"provisional"'));
		}
		return { STRICT: '1', DATA_DIR: data, PROGRESS_DIR: progressWithEntry(dir) };
	});

	it('leaves illustrative entries out: their periods stay, their cells say "chưa có báo cáo"', () => {
		const html = readPage('tien-do/', build.dist);
		const text = textOf(html);
		expect(text).not.toContain('Nội dung minh họa');
		expect(text).toContain(
			'Kỳ gần nhất: năm 2025. 44 nhiệm vụ: ○ chưa triển khai: 0 ◐ đang triển khai: 0 ✓ hoàn thành: 1 ↻ thực hiện thường xuyên: 0 – chưa có báo cáo: 43',
		);
		const row36 = /<tr[^>]*data-subtask="3\.6"[^>]*>[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
		expect(textOf(row36).match(/chưa có báo cáo/g)).toHaveLength(2);
		expect(textOf(readPage('tien-do/3-6/', build.dist))).toContain('Chưa có báo cáo nào cho nhiệm vụ này.');
		const csv = readFileSync(join(build.dist, 'du-lieu/tien-do.csv'), 'utf8').split('\r\n').filter(Boolean);
		expect(csv).toHaveLength(2);
		expect(csv[1]).toMatch(/^5\.2,/);
	});
});
