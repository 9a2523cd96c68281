/**
 * Settings reach React through useLiveQuery, so every screen sees a change at once. The last value
 * read of each setting is kept here and given as the first result to every new subscriber: a screen
 * opened in English must not first render (and format its numbers) in Vietnamese.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { database, type SettingRow } from './database';
import { readSetting, type SettingKey, type SettingValue } from './settings';

const lastRead = new Map<string, SettingRow | null>();

/** Reads every stored setting once, before the first render (main.tsx). Never throws. */
export async function primeSettings(timeoutMs = 1500): Promise<void> {
  const read = database().settings.toArray().then((rows) => {
    for (const row of rows) lastRead.set(row.key, row);
  });
  // A blocked or broken IndexedDB must not keep the app from starting: defaults then.
  await Promise.race([read.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** The last value read of a setting (its default before any read): for code outside React. */
export function lastReadSetting<K extends SettingKey>(key: K): SettingValue<K> {
  return readSetting(key, lastRead.get(key)?.value);
}

/** The current value of a setting (its default until IndexedDB answers, when it was not primed). */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> {
  const row = useLiveQuery(
    async () => {
      const found = (await database().settings.get(key)) ?? null;
      lastRead.set(key, found);
      return found;
    },
    [key],
    lastRead.get(key) ?? null,
  );
  return readSetting(key, row?.value);
}
