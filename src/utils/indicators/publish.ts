import type { ObservationFile } from '../../schemas/observation.ts';
import { forRelease } from '../release.ts';

export interface PublishedObservations {
	/** Observation files with only the figures the build publishes; a year left without any figure is dropped. */
	files: ObservationFile[];
	/** What the release build left out, one label per figure: "2022 hoc-tap-chinh-sach", "2023 doi-thoai-noi-lam-viec/nha-nuoc". */
	omitted: string[];
}

/** The release rule (src/utils/release.ts) applied to the observation files. */
export function publishedObservations(files: readonly ObservationFile[], release: boolean): PublishedObservations {
	const omitted: string[] = [];
	const kept = files.flatMap((file) => {
		const selection = forRelease(file.observations, release);
		omitted.push(...selection.omitted.map((o) => `${file.year} ${o.indicator}${o.breakdown ? `/${o.breakdown}` : ''}`));
		if (selection.omitted.length > 0 && selection.kept.length === 0) return [];
		return [{ ...file, observations: selection.kept }];
	});
	return { files: kept, omitted };
}
