/** Land recovery (thu hồi đất): what the zone takes, and what it costs. Pure functions; see each file. */
export * from './recovered-parcels';
export * from './compensation-rates';
export * from './compensation-amounts';
export * from './estimate-compensation';
export * from './recovery-summaries';
export * from './budget';
