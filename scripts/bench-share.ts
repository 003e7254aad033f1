/**
 * `npm run bench:share`: what drawing the share cards (og:image, src/utils/share-card-render.ts) costs the
 * build: every card the build draws, timed one after another. `-- --release` for the release build's cards.
 */
import { fileURLToPath } from 'node:url';
import { measureShareCards } from './bench/share-cards.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const figures = await measureShareCards(root, process.argv.includes('--release'));
console.log(
	`Share cards${figures.release ? ' (release)' : ''}: ${figures.cards} PNG in ${figures.total.toFixed(2)} s — first ${figures.firstMs.toFixed(0)} ms (fonts), then ${figures.perCardMs.toFixed(0)} ms each (median); ${(figures.bytes / 1024).toFixed(1)} KB in all.`,
);
