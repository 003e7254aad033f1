/** Numbers and dates as Vietnamese readers write them: 68,5%; 5.890; 31/12/2024. */

const formatters = new Map<number, Intl.NumberFormat>();
function formatter(maxDecimals: number): Intl.NumberFormat {
	let f = formatters.get(maxDecimals);
	if (!f) {
		f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals, useGrouping: true });
		formatters.set(maxDecimals, f);
	}
	return f;
}

/** 5890 → "5.890", 68.5 → "68,5", -2.25 → "-2,3" (at most `maxDecimals` decimals, no trailing zeros). */
export function formatNumber(value: number, maxDecimals = 1): string {
	return formatter(maxDecimals)
		.format(value)
		.replace(/\u2212/g, '-');
}

/** 68.5 → "68,5%": no space before the sign, as the programme and administrative documents write it (docs/van-phong.md). */
export function formatPercent(value: number, maxDecimals = 1): string {
	return `${formatNumber(value, maxDecimals)}%`;
}

/** "2024-12-31" → "31/12/2024". */
export function formatDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`not an ISO date: ${iso}`);
	return `${match[3]}/${match[2]}/${match[1]}`;
}

/** Round half away from zero to `decimals` places, without binary artefacts (68.45 → 68.5). */
export function roundTo(value: number, decimals = 1): number {
	const factor = 10 ** decimals;
	return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON * factor)) / factor;
}
