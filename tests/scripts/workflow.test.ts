import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { root } from '../helpers/dist.ts';

interface Step {
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	if?: string;
	needs?: string;
	steps: Step[];
	permissions?: Record<string, string>;
}

const text = readFileSync(join(root, '.github/workflows/site.yml'), 'utf8');
const workflow = parse(text) as { on: Record<string, unknown>; jobs: { test: Job; deploy: Job } };
const runs = (job: Job) =>
	job.steps.flatMap((s) =>
		s.run
			? s.run
					.split(/\s*&&\s*|\n/)
					.map((c) => c.trim())
					.filter(Boolean)
			: [],
	);
/** The npm commands .ci/run executes, in order (its last line: "npm install && npm test"). */
const ciCommands = readFileSync(join(root, '.ci/run'), 'utf8')
	.split('\n')
	.filter((line) => /^npm /.test(line))
	.flatMap((line) => line.split(/\s*&&\s*/));

describe('GitHub Actions workflow', () => {
	it('is valid YAML with the expected triggers', () => {
		expect(parseDocument(text).errors).toEqual([]);
		expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
		expect(workflow.on.push).toEqual({ branches: ['main'] });
	});

	it('runs the same commands as .ci/run, in the same order, on every push and pull request', () => {
		expect(ciCommands).toEqual(['npm install', 'npm test']);
		const commands = runs(workflow.jobs.test);
		const positions = ciCommands.map((c) => commands.indexOf(c));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(workflow.jobs.test.if).toBeUndefined();
	});

	it('runs the checker with GitHub annotations before the tests', () => {
		const commands = runs(workflow.jobs.test);
		expect(commands.indexOf('npm run check -- --format=github')).toBeGreaterThan(commands.indexOf('npm install'));
		expect(commands.indexOf('npm run check -- --format=github')).toBeLessThan(commands.indexOf('npm test'));
	});

	it('deploys dist/ from the strict build on pushes to main only, with URL and base path from Pages', () => {
		const deploy = workflow.jobs.deploy;
		expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
		expect(deploy.needs).toBe('test');
		expect(runs(deploy)).toContain('npm run build:release');
		const build = deploy.steps.find((s) => s.run === 'npm run build:release')!;
		expect(Object.keys(build.env ?? {}).sort()).toEqual(['BASE_PATH', 'CMS_AUTH_URL', 'REPO_BRANCH', 'REPO_URL', 'SITE_URL']);
		const uses = deploy.steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);
		expect(uses).toEqual([
			'actions/checkout',
			'actions/setup-node',
			'actions/configure-pages',
			'actions/upload-pages-artifact',
			'actions/deploy-pages',
		]);
		expect(deploy.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
		expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	});

	it('deploys with the release build that the release test runs on the shipped tree, and says it leaves illustrative figures out', () => {
		const release = readFileSync(join(root, 'tests/scripts/release.test.ts'), 'utf8');
		expect(release).toContain("spawnSync('npm', ['run', '-s', 'build:release']");
		expect(release).toMatch(/describe\('npm run build:release on the repository as shipped'/);
		const step = workflow.jobs.deploy.steps.find((s) => s.run === 'npm run build:release')!;
		expect((step as { name?: string }).name).toBe('Release build (illustrative figures left out)');
		expect(text).toContain('leaves every illustrative figure out');
		expect(text).not.toMatch(/fails as long as|refuses illustrative/);
	});

	it('every npm script the workflow calls exists', () => {
		const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
		const all = Object.values(workflow.jobs).flatMap(runs);
		for (const command of all) {
			const script = /^npm (?:run )?([\w:-]+)/.exec(command)?.[1];
			if (script && script !== 'install') expect(scripts, command).toHaveProperty(script);
		}
	});
});
