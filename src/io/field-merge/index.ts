export * from './read-field-file';
