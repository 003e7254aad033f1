/** The verdicts and trend directions of an indicator (status.ts computes them; ui.ts labels them). */
export const STATUSES = ['met', 'not-met', 'no-data'] as const;
export type Status = (typeof STATUSES)[number];
export type Direction = 'up' | 'down' | 'same' | 'mixed';
