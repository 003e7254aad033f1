import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, siteCopy } from './site-copy.ts';

const copy = siteCopy('release-');
afterAll(() => copy.remove());

describe('npm run build:release', () => {
	it('stops before building when content has an unfinished-text marker, naming file, line and field', () => {
		const file = join(copy.dir, 'content/guidelines/doc-va-tim-kiem.md');
		appendFileSync(file, '\nSố điện thoại đường dây nóng: [cần bổ sung]\n');
		const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('[cần bổ sung]')) + 1;
		const out = join(copy.dir, 'dist-release');
		const result = spawnSync('npm', ['run', '-s', 'build:release'], { cwd: copy.dir, env: buildEnv({ OUT_DIR: out }), encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`content/guidelines/doc-va-tim-kiem.md:${line}:31  trường "body": cần nội dung hoàn chỉnh`);
		expect(result.stderr).toContain('(kiểm tra bản phát hành)');
		expect(existsSync(out)).toBe(false);
	});

	it('the same marker passes the everyday check (editors can save drafts)', () => {
		const result = spawnSync('npm', ['run', '-s', 'check'], { cwd: copy.dir, env: buildEnv(), encoding: 'utf8' });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).not.toContain('[cần bổ sung]');
	});

	it('the strict check alone exits 1 on the marker, the everyday check exits 0 on the clean copy', () => {
		const strict = spawnSync('npm', ['run', '-s', 'check', '--', '--strict'], { cwd: copy.dir, env: buildEnv(), encoding: 'utf8' });
		expect(strict.status).toBe(1);
		expect(strict.stderr).toContain('[cần bổ sung]');
	});
});
