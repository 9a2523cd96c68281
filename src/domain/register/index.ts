/** The register's rules: entries, trades, duplicates, search. Pure. */
export * from './entry';
export * from './trades';
export * from './fold-text';
export * from './duplicates';
export * from './list-query';
export * from './import-plan';
