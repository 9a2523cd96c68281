/** The import dialog's public entry: other screens open it through here (lazily), never its internals. */
export { default } from './ImportDialog';
