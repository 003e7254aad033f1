import { resolve } from 'node:path';

/**
 * The command line of the tools in scripts/: `--name=value` or `--name value` options, `--root=DIR` for
 * the repository to work on, and refusals that stop a tool.
 */

/** The value of `--name=value` or `--name value` in `args`, if given. */
export function option(args: string[], name: string): string | undefined {
	const inline = args.find((a) => a.startsWith(`--${name}=`));
	if (inline !== undefined) return inline.slice(name.length + 3);
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
}

/** The repository a tool works on: `--root=DIR`, else the current directory; absolute. */
export function rootDir(args: string[]): string {
	return resolve(option(args, 'root') ?? process.cwd());
}

/** When there is a refusal (a Vietnamese sentence for the editor), print it and stop with exit code 1. */
export function exitIfRefused(refusal: string | undefined): void {
	if (refusal === undefined || refusal === '') return;
	console.error(refusal);
	process.exit(1);
}
