/** Field mode's pure rules: where a position is, stake-out, averaging, offsets, buildings against envelopes. */
export * from './point-in-polygon';
export * from './locate-position';
export * from './stake-out';
export * from './average-fixes';
export * from './corner-offset';
export * from './building-outside';
export * from './plot-corners';
export * from './stake-out-choice';
