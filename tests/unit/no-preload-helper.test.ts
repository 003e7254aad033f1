import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { MARK, isPreloadHelper, markWrappedCalls, unwrapMarkedCalls, type EsNode } from '../../src/integrations/no-preload-helper.ts';

const ast = (code: string) => parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as EsNode;
const mark = (code: string) => markWrappedCalls(code, ast(code));
const unwrap = (code: string) => unwrapMarkedCalls(code, ast(code));

describe('marking the wrapped calls (code before minifying)', () => {
	const head = 'import { t as __vitePreload } from "./preload-helper.!~{008}~.js";\n';
	it('marks each call, saying when they are the helper’s only uses', () => {
		const code = `${head}const a = () => __vitePreload(() => import("./a.js").then((m) => m.run()), __VITE_PRELOAD__);\nconst b = await __vitePreload(() => import("./b.js"), __VITE_PRELOAD__);`;
		expect(mark(code)).toBe(
			`${head}const a = () => __vitePreload(() => import("./a.js").then((m) => m.run()), __VITE_PRELOAD__, "${MARK.all}");\nconst b = await __vitePreload(() => import("./b.js"), __VITE_PRELOAD__, "${MARK.all}");`,
		);
	});
	it('says "some" when the helper is also used another way', () => {
		const code = `${head}export const load = __vitePreload;\n__vitePreload(() => import("./a.js"), __VITE_PRELOAD__);`;
		expect(mark(code)).toBe(
			`${head}export const load = __vitePreload;\n__vitePreload(() => import("./a.js"), __VITE_PRELOAD__, "${MARK.some}");`,
		);
	});
	it('leaves a chunk without wrapped calls alone', () => {
		expect(mark('import("./a.js");')).toBeNull();
		expect(mark(`${head}const f = __vitePreload;`)).toBeNull();
	});
});

describe('unwrapping (minified code, lists of files filled in)', () => {
	const head = 'import{t as e}from"./preload-helper.DygEbaNj.js";';
	it('turns calls with nothing to preload into bare imports and drops the helper', () => {
		const code = `${head}function t(){let t=1;addEventListener(\`focus\`,()=>void e(()=>import(\`./search-ui.A.js\`).then(e=>e.go(t)),[],\`${MARK.all}\`))}let n=await e(()=>import(\`./typo.B.js\`),[],\`${MARK.all}\`);`;
		expect(unwrap(code)).toEqual({
			code: 'function t(){let t=1;addEventListener(`focus`,()=>void (import(`./search-ui.A.js`).then(e=>e.go(t))))}let n=await (import(`./typo.B.js`));',
			dropped: true,
		});
	});
	it('keeps the helper for a call that preloads a file, removing only the marker', () => {
		const code = `${head}e(()=>import(\`./a.js\`),[],\`${MARK.all}\`);e(()=>import(\`./b.js\`),["_astro/b.css"],\`${MARK.all}\`);`;
		expect(unwrap(code)).toEqual({ code: `${head}(import(\`./a.js\`));e(()=>import(\`./b.js\`),["_astro/b.css"]);`, dropped: false });
	});
	it('keeps the helper when the chunk uses it another way', () => {
		const code = `${head}e(()=>import(\`./a.js\`),[],"${MARK.some}");export{e as load};`;
		expect(unwrap(code)).toEqual({ code: `${head}(import(\`./a.js\`));export{e as load};`, dropped: false });
	});
	it('only removes the markers when wrapped calls are nested', () => {
		const code = `${head}e(()=>e(()=>import(\`./a.js\`),[],\`${MARK.all}\`),[],\`${MARK.all}\`);`;
		expect(unwrap(code)).toEqual({ code: `${head}e(()=>e(()=>import(\`./a.js\`),[]),[]);`, dropped: false });
	});
	it('leaves a loader that is not a bare arrow as it is', () => {
		const code = `${head}e(function(){return import(\`./a.js\`)},[],\`${MARK.all}\`);`;
		expect(unwrap(code)).toEqual({ code: `${head}e(function(){return import(\`./a.js\`)},[]);`, dropped: false });
	});
	it('gives null without markers, and every output parses', () => {
		expect(unwrap(`${head}e(()=>import(\`./a.js\`),[]);`)).toBeNull();
		const out = unwrap(`${head}e(()=>import(\`./a.js\`).then(m=>m.x()),[],\`${MARK.all}\`);`)!;
		expect(() => ast(out.code)).not.toThrow();
	});
	it('recognises the helper file by name only', () => {
		expect(isPreloadHelper('_astro/preload-helper.DygEbaNj.js')).toBe(true);
		expect(isPreloadHelper('./preload-helper-x.js')).toBe(true);
		expect(isPreloadHelper('_astro/my-preload-helper.js')).toBe(false);
		expect(isPreloadHelper('_astro/preload-helper.js.map')).toBe(false);
	});
});
