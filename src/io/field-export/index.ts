export * from './field-record';
export * from './field-checks.csv';
export * from './field-checks.geojson';
export * from './field-backup.json';
