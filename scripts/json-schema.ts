/**
 * npm run json-schema — regenerate data/schemas/*.schema.json and the json.schemas list of
 * .vscode/settings.json from the zod schemas. Run after changing a schema in src/schemas/; a test fails
 * when the committed files drift from zod.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas, JSON_SCHEMA_DIR, vscodeJsonSchemas } from './lib/schema-export.ts';

const root = process.cwd();
mkdirSync(join(root, JSON_SCHEMA_DIR), { recursive: true });
for (const [name, text] of Object.entries(generateJsonSchemas())) {
	writeFileSync(join(root, JSON_SCHEMA_DIR, name), text);
	console.log(`${JSON_SCHEMA_DIR}/${name}`);
}
const settingsFile = join(root, '.vscode/settings.json');
const settings = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
settings['json.schemas'] = vscodeJsonSchemas();
mkdirSync(join(root, '.vscode'), { recursive: true });
writeFileSync(settingsFile, `${JSON.stringify(settings, null, '\t')}\n`);
console.log('.vscode/settings.json');
