/**
 * Client entry of indicator charts. Registers only the chart.js parts used (line charts with points, a
 * filled band for range targets, category x axis, linear y axis, legend, tooltip) so the bundle stays
 * small. Each <figure data-indicator-chart> holds its data in <script type="application/json">;
 * colours are read from CSS variables at draw time and the chart is redrawn when the theme changes.
 */
import {
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LineController,
	LineElement,
	LinearScale,
	PointElement,
	Tooltip,
	type ChartDataset,
} from 'chart.js';
import type { ChartSpec } from '../utils/indicators/chart-data.ts';
import { yRange } from '../utils/indicators/chart-range.ts';
import { formatNumber, formatPercent } from '../utils/format.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

/** Point shapes so series differ by more than colour. */
const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot'] as const;
const DASHES = [
	[6, 4],
	[2, 3],
	[10, 3, 2, 3],
];

function cssVar(el: Element, name: string, fallback: string): string {
	return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

function formatY(spec: ChartSpec, value: number): string {
	if (spec.ratingLabels) return spec.ratingLabels[Math.round(value)] ?? '';
	return spec.unit === 'percent' ? formatPercent(value) : formatNumber(value);
}

function build(figure: HTMLElement, canvas: HTMLCanvasElement, spec: ChartSpec): Chart<'line', (number | null)[], string> {
	const colours = [1, 2, 3, 4].map((n) => cssVar(figure, `--chart-${n}`, '#0072b2'));
	const text = cssVar(figure, '--text', '#1b1f24');
	const grid = cssVar(figure, '--border', '#c9d0d9');
	const targetColour = cssVar(figure, '--chart-target', '#5c6470');
	const bandColour = cssVar(figure, '--chart-band', 'rgba(92,100,112,0.18)');
	const labels = spec.years.map(String);
	const datasets: ChartDataset<'line', (number | null)[]>[] = [];

	for (const target of spec.targets) {
		if (target.kind === 'band') {
			datasets.push({
				label: `${target.label} (${spec.text.rangeBand})`,
				data: labels.map(() => target.min),
				borderColor: targetColour,
				borderDash: [4, 4],
				borderWidth: 1.5,
				pointRadius: 0,
				fill: false,
			});
			datasets.push({
				label: target.topLabel,
				data: labels.map(() => target.max),
				borderColor: targetColour,
				borderDash: [4, 4],
				borderWidth: 1.5,
				backgroundColor: bandColour,
				pointRadius: 0,
				fill: '-1',
			});
		} else {
			datasets.push({
				label: target.label,
				data: labels.map(() => target.value),
				borderColor: spec.series.length > 1 ? colours[target.series % colours.length] : targetColour,
				borderDash: DASHES[target.series % DASHES.length],
				borderWidth: 2,
				pointRadius: 0,
				stepped: spec.ratingLabels ? true : false,
				fill: false,
			});
		}
	}
	spec.series.forEach((s, i) => {
		datasets.push({
			label: s.label,
			data: s.values,
			borderColor: colours[i % colours.length],
			backgroundColor: colours[i % colours.length],
			pointStyle: POINT_STYLES[i % POINT_STYLES.length],
			pointRadius: 5,
			borderWidth: 3,
			stepped: spec.ratingLabels ? 'middle' : false,
			spanGaps: false,
			// Points on the axis limits (100%, the best rating) are drawn whole, not cut in half.
			clip: false,
		});
	});

	const range = yRange(spec);
	const y = {
		...range,
		ticks: { color: text, ...(spec.ratingLabels ? { stepSize: 1 } : {}), callback: (v: string | number) => formatY(spec, Number(v)) },
		grid: { color: grid },
	};

	return new Chart<'line', (number | null)[], string>(canvas, {
		type: 'line',
		data: { labels, datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			layout: { padding: { top: 8 } },
			animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 },
			color: text,
			scales: {
				x: { ticks: { color: text }, grid: { color: grid } },
				y,
			},
			plugins: {
				legend: { labels: { color: text, usePointStyle: true } },
				tooltip: {
					callbacks: {
						label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.parsed.y === null ? '—' : formatY(spec, ctx.parsed.y)}`,
					},
				},
			},
		},
	});
}

function setUp(figure: HTMLElement): void {
	const canvas = figure.querySelector('canvas');
	const data = figure.querySelector('script[type="application/json"]');
	if (!canvas || !data?.textContent) return;
	const spec = JSON.parse(data.textContent) as ChartSpec;
	let chart = build(figure, canvas, spec);
	// The live instance, for the browser tests and devtools (chart.js keeps no reference on the element).
	Object.defineProperty(canvas, 'chart', { configurable: true, get: () => chart });
	figure.dataset.chartReady = 'true';
	const redraw = () => {
		chart.destroy();
		chart = build(figure, canvas, spec);
	};
	new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);

	const button = figure.parentElement?.querySelector<HTMLButtonElement>('[data-chart-png]');
	if (button) {
		button.hidden = false;
		button.addEventListener('click', () => {
			const link = document.createElement('a');
			link.href = toPng(canvas, cssVar(figure, '--bg', '#ffffff'), cssVar(figure, '--text', '#1b1f24'), spec.text.illustrative);
			link.download = button.dataset.chartPng || 'bieu-do.png';
			document.body.append(link);
			link.click();
			link.remove();
		});
	}
}

/**
 * The canvas is transparent; paint the page background behind it so the PNG reads in any viewer, and
 * stamp "Số liệu minh họa" on it when the figures are illustrative, so the image cannot travel without it.
 */
function toPng(canvas: HTMLCanvasElement, background: string, colour: string, notice?: string): string {
	const copy = document.createElement('canvas');
	copy.width = canvas.width;
	copy.height = canvas.height;
	const ctx = copy.getContext('2d')!;
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, copy.width, copy.height);
	ctx.drawImage(canvas, 0, 0);
	if (notice) {
		const size = Math.round(copy.width / 40);
		ctx.font = `bold ${size}px system-ui, sans-serif`;
		ctx.fillStyle = colour;
		ctx.textAlign = 'right';
		ctx.fillText(notice, copy.width - size, copy.height - size / 2);
	}
	return copy.toDataURL('image/png');
}

document.querySelectorAll<HTMLElement>('[data-indicator-chart]').forEach(setUp);
