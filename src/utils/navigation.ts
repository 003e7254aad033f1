import { editing, progressUi, ui } from '../i18n/ui.ts';
import { progressRoutes, routes } from './routes.ts';

/** A link of a navigation list: site-relative path (see routes.ts) and label. */
export interface NavLink {
	path: string;
	label: string;
}

const sections = {
	home: { path: routes.home, label: ui.home },
	programme: { path: routes.programme, label: ui.nav.programme },
	readProgramme: { path: routes.programme, label: ui.readFull },
	tasks: { path: routes.tasks, label: ui.nav.tasks },
	indicators: { path: routes.indicators, label: ui.nav.indicators },
	guidelines: { path: routes.guidelines, label: ui.nav.guidelines },
	implementation: { path: routes.implementation, label: ui.nav.implementation },
	progress: { path: progressRoutes.dashboard, label: progressUi.shortTitle },
	glossary: { path: routes.glossary, label: ui.nav.glossary },
	errata: { path: routes.errata, label: ui.nav.errata },
	updates: { path: routes.updates, label: editing.updatesTitle },
	about: { path: routes.about, label: ui.nav.about },
	search: { path: routes.search, label: ui.nav.search },
} satisfies Record<string, NavLink>;

type Section = keyof typeof sections;
const list = (...keys: Section[]): NavLink[] => keys.map((key) => sections[key]);

/** Every navigation list of the site in one table: which sections each offers, in order. */
export const navigation = {
	/** The header's main navigation. */
	main: list('programme', 'tasks', 'indicators', 'guidelines'),
	/** The footer's links. */
	footer: list('implementation', 'progress', 'glossary', 'errata', 'updates', 'about', 'search'),
	/** What the search page offers readers without JavaScript. */
	browse: list('programme', 'tasks', 'glossary', 'guidelines'),
	/** Ways on from the 404 page. */
	notFound: list('home', 'readProgramme', 'tasks', 'indicators'),
};
