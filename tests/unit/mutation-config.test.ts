import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EQUIVALENT, MODULES } from '../../stryker.config.mjs';
import { root } from '../helpers/dist.ts';

/**
 * The equivalent mutants of the mutation test (issue 17) are skipped in the source by a Stryker comment and
 * listed with the same reason in stryker.config.mjs: the list and the comments must say the same thing, so
 * no mutant is skipped without a listed reason and no listed one points at code that has moved.
 */
interface Equivalent {
	file: string;
	code: string;
	mutator: string;
	reason: string;
}
const equivalent = EQUIVALENT as Equivalent[];
const DIRECTIVE = /\/\/ Stryker (disable next-line|disable|restore) ([\w,]+)(?::\s*(.*))?$/;

/** The lines of a file, each with the mutators skipped there and the reasons given for them. */
function skipped(file: string): { text: string; mutators: Set<string>; reason: string }[] {
	const lines = readFileSync(join(root, file), 'utf8').split('\n');
	const block = new Map<string, string>();
	let nextLine: { mutators: string[]; reason: string } | undefined;
	return lines.map((text) => {
		const directive = DIRECTIVE.exec(text.trim());
		const here = {
			text,
			mutators: new Set([...block.keys(), ...(nextLine?.mutators ?? [])]),
			reason: nextLine?.reason ?? [...block.values()].join(' '),
		};
		nextLine = undefined;
		if (directive) {
			const [, kind, names, reason = ''] = directive;
			const mutators = names!.split(',');
			if (kind === 'disable next-line') nextLine = { mutators, reason };
			else if (kind === 'disable') for (const m of mutators) block.set(m, reason);
			else for (const m of mutators) block.delete(m);
		}
		return here;
	});
}

describe('equivalent mutants: stryker.config.mjs and the source comments agree', () => {
	it('every listed equivalent mutant is skipped, with its reason, where its code stands', () => {
		const problems: string[] = [];
		for (const e of equivalent) {
			const lines = skipped(e.file).filter((l) => l.text.includes(e.code));
			if (lines.length === 0) problems.push(`${e.file}: code not found: ${e.code}`);
			const covered = lines.some((l) => e.mutator.split(',').every((m) => l.mutators.has(m)) && l.reason.includes(e.reason));
			if (lines.length > 0 && !covered) problems.push(`${e.file}: not skipped as listed (${e.mutator}: ${e.reason}): ${e.code}`);
		}
		expect(problems).toEqual([]);
	});

	it('every Stryker comment in a mutated module is listed, and says why the mutant is equivalent', () => {
		const problems: string[] = [];
		// Every file of every module ("dir/*.ts" read as the .ts files of dir).
		const files = Object.values(MODULES as Record<string, string>).flatMap((pattern) => {
			if (!pattern.includes('*')) return [pattern];
			const dir = pattern.slice(0, pattern.lastIndexOf('/'));
			const ext = pattern.slice(pattern.lastIndexOf('*') + 1);
			return readdirSync(join(root, dir))
				.filter((name) => name.endsWith(ext))
				.map((name) => `${dir}/${name}`);
		});
		expect(files).toContain('src/utils/search/results.ts');
		expect(files).toContain('src/markdown/rehype-abbr.ts');
		for (const file of files) {
			const lines = readFileSync(join(root, file), 'utf8').split('\n');
			lines.forEach((text, i) => {
				const directive = DIRECTIVE.exec(text.trim());
				if (!directive || directive[1] === 'restore') return;
				if (!directive[3]?.startsWith('equivalent, ')) problems.push(`${file}:${i + 1}: no "equivalent, <reason>"`);
				const listed = equivalent.some((e) => e.file === file && directive[3]?.includes(e.reason) && directive[2] === e.mutator);
				if (!listed) problems.push(`${file}:${i + 1}: not listed in EQUIVALENT`);
			});
		}
		expect(problems).toEqual([]);
	});
});
