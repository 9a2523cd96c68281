/** The register's rules: entries, trades, duplicates, search. Pure. */
export * from './entry';
export * from './trades';
export * from './trade-list';
export * from './fold-text';
export * from './duplicates';
export * from './list-query';
export * from './import-plan';
