import type { APIRoute, GetStaticPaths } from 'astro';
import { getTaskGroups } from '../../loaders/collections.ts';
import { getIndicatorData } from '../../loaders/indicators.ts';
import { cardNames } from '../../utils/share.ts';
import { indicatorCard, programmeCard, taskGroupCard, type ShareCard } from '../../utils/share-card.ts';
import { renderCard } from '../../utils/share-card-render.ts';

/** Share cards (og:image): /og/chi-tieu-<id>.png, /og/nhiem-vu-<group>.png, /og/chuong-trinh.png for every other page. */
export const getStaticPaths = (async () => {
	const [{ models }, groups] = await Promise.all([getIndicatorData(), getTaskGroups()]);
	const cards: { name: string; card: ShareCard }[] = [
		{ name: cardNames.programme, card: programmeCard() },
		...groups.map((g) => ({ name: cardNames.taskGroup(g.id), card: taskGroupCard(g.data.group, g.data.title) })),
		...models.map((m) => ({ name: cardNames.indicator(m.indicator.id), card: indicatorCard(m) })),
	];
	return cards.map(({ name, card }) => ({ params: { card: name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
