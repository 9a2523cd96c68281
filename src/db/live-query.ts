/**
 * `useLiveQuery` for screens: stored data reaches React through it (STYLE.md "Small state slices"), but
 * only src/db touches Dexie packages, so screens import it from here.
 */
export { useLiveQuery } from 'dexie-react-hooks';
