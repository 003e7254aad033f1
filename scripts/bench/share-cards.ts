import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdownSource } from '../../src/checker/markdown-source.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { ObservationFile } from '../../src/schemas/observation.ts';
import { buildModels } from '../../src/utils/indicators/model.ts';
import { publishedObservations } from '../../src/utils/indicators/publish.ts';
import { indicatorCard, programmeCard, taskGroupCard, type ShareCard } from '../../src/utils/share-card.ts';
import { renderCard } from '../../src/utils/share-card-render.ts';

export interface ShareCardFigures {
	cards: number;
	/** Seconds for all cards, one after another, as the build draws them. */
	total: number;
	/** The first card, including reading the fonts. */
	firstMs: number;
	/** Median of the others. */
	perCardMs: number;
	bytes: number;
	release: boolean;
}

/** The cards the build draws (src/pages/og/[card].png.ts), from the data and content files directly. */
export function shareCards(root: string, release: boolean): ShareCard[] {
	const json = (dir: string) =>
		readdirSync(join(root, dir))
			.filter((n) => n.endsWith('.json'))
			.map((n) => JSON.parse(readFileSync(join(root, dir, n), 'utf8')));
	const indicators = json('data/indicators') as Indicator[];
	const { files } = publishedObservations(json('data/observations') as ObservationFile[], release);
	const groups = readdirSync(join(root, 'content/tasks'))
		.filter((n) => n.endsWith('.md'))
		.map(
			(n) =>
				parseMarkdownSource(`content/tasks/${n}`, readFileSync(join(root, 'content/tasks', n), 'utf8')).data as {
					group: number;
					title: string;
				},
		);
	return [programmeCard(), ...groups.map((g) => taskGroupCard(g.group, g.title)), ...buildModels(indicators, files).map(indicatorCard)];
}

/** Time drawing every share card (satori + resvg), sequentially as in `astro build`. */
export async function measureShareCards(root: string, release = false): Promise<ShareCardFigures> {
	const cards = shareCards(root, release);
	const times: number[] = [];
	let bytes = 0;
	const start = performance.now();
	for (const card of cards) {
		const t = performance.now();
		bytes += (await renderCard(card)).length;
		times.push(performance.now() - t);
	}
	const total = (performance.now() - start) / 1000;
	const rest = times.slice(1).sort((a, b) => a - b);
	return { cards: cards.length, total, firstMs: times[0] ?? 0, perCardMs: rest[Math.floor(rest.length / 2)] ?? 0, bytes, release };
}
