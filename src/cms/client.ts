/**
 * Browser entry of /admin/ (copied as cms.js with its types stripped, by src/integrations/cms.ts).
 * Registers the site's JSON formats, loads the generated configuration and starts Decap CMS.
 * Local mode: on localhost/127.0.0.1, `?proxy=<port>` points the CMS at decap-server on that loopback
 * port (`npm run edit` prints the address); saves then write the working tree directly (no pull request).
 */
import {
	FRONT_MATTER_FORMAT,
	JSON_FORMAT,
	readFrontMatter,
	sitePath,
	writeFrontMatter,
	readJsonFile,
	readRootList,
	ROOT_LIST_FIELD,
	ROOT_LIST_FORMAT,
	writeJsonFile,
	writeRootList,
	writeRulesOf,
	type WriteRules,
} from './format.ts';

interface Field {
	name: string;
	default?: unknown;
	fields?: Field[];
}
interface Collection {
	format?: string;
	fields?: Field[];
	files?: { fields: Field[] }[];
}
interface Config {
	local_backend?: boolean | { url: string };
	publish_mode?: string;
	load_config_file?: boolean;
	collections: Collection[];
}
interface PersistedEntry {
	path?: string;
	newPath?: string;
	dataFiles?: { path?: string; newPath?: string }[];
}
interface Decap {
	getBackend(name: string): { init: (...args: unknown[]) => unknown } | undefined;
	registerCustomFormat(
		name: string,
		extension: string,
		formatter: { fromFile(text: string): unknown; toFile(data: unknown): string },
	): void;
	init(options: { config: Config }): void;
}

function rulesFor(config: Config, format: string, numeric: string[]): WriteRules {
	const lists = config.collections
		.filter((c) => c.format === format)
		.flatMap((c) => [c.fields ?? [], ...(c.files ?? []).map((f) => f.fields)]);
	return writeRulesOf(lists, numeric);
}

async function start(): Promise<void> {
	const CMS = (window as unknown as { CMS: Decap }).CMS;
	const response = await fetch('config.json', { cache: 'no-store' });
	const config = (await response.json()) as Config;

	const loopback = location.hostname === '127.0.0.1' || location.hostname === 'localhost';
	const port = new URLSearchParams(location.search).get('proxy');
	if (loopback) {
		if (port && /^\d{2,5}$/.test(port)) config.local_backend = { url: `http://127.0.0.1:${port}/api/v1` };
		// decap-server writes the working tree ("fs" mode): no branches, no pull requests.
		delete config.publish_mode;
	} else {
		config.local_backend = false;
	}

	const jsonRules = rulesFor(config, JSON_FORMAT, ['value']);
	const listRules = rulesFor(config, ROOT_LIST_FORMAT, []);
	CMS.registerCustomFormat(JSON_FORMAT, 'json', { fromFile: readJsonFile, toFile: (data) => writeJsonFile(data, jsonRules) });
	CMS.registerCustomFormat(ROOT_LIST_FORMAT, 'json', {
		fromFile: (text) => readRootList(text, ROOT_LIST_FIELD),
		toFile: (data) => writeRootList(data, ROOT_LIST_FIELD, listRules),
	});
	// The yaml package's browser build, copied next to this file (a variable keeps TypeScript from resolving it).
	const yamlModule = './yaml/index.js';
	const { parse } = (await import(yamlModule)) as { parse: (text: string) => unknown };
	const markdownRules = rulesFor(config, FRONT_MATTER_FORMAT, []);
	CMS.registerCustomFormat(FRONT_MATTER_FORMAT, 'md', {
		fromFile: (text) => readFrontMatter(text, parse),
		toFile: (data) => writeFrontMatter(data, markdownRules),
	});
	// Progress folders keep their period's capital H (Decap lower-cases paths): fix the path in every backend.
	for (const name of ['proxy', 'github']) {
		const backend = CMS.getBackend(name);
		if (!backend) continue;
		const init = backend.init;
		backend.init = (...args: unknown[]) => {
			const implementation = init(...args) as { persistEntry(entry: PersistedEntry, options: unknown): Promise<unknown> };
			const persist = implementation.persistEntry.bind(implementation);
			implementation.persistEntry = (entry, options) => {
				for (const file of [entry, ...(entry.dataFiles ?? [])]) {
					if (file.path) file.path = sitePath(file.path);
					if (file.newPath) file.newPath = sitePath(file.newPath);
				}
				return persist(entry, options);
			};
			return implementation;
		};
	}
	CMS.init({ config: { ...config, load_config_file: false } });
}

void start();
