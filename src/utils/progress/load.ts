/**
 * The progress loader lives in src/loaders/progress.ts (collection readers are in src/loaders/). This
 * re-export keeps the path the progress data layer was first published under, for branches built on it.
 */
export { getProgressData, type ProgressData } from '../../loaders/progress.ts';
