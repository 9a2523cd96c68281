/** Settings reach React through useLiveQuery, so every screen sees a change at once. */
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './database';
import { readSetting, type SettingKey, type SettingValue } from './settings';

/** The current value of a setting (its default until IndexedDB answers). */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> {
  const row = useLiveQuery(() => database().settings.get(key), [key]);
  return readSetting(key, row?.value);
}
