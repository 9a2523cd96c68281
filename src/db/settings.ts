/**
 * Typed settings over the key-value `settings` table. Each setting has a default and a validator, so
 * a value written by an older version or by hand never crashes the app: it falls back to the default.
 */
// zod/mini: the same checks as zod with a fraction of the bytes on the app's first load.
import * as z from 'zod/mini';
import {
  DEFAULT_PLACE_NAMES, DISTRICT_TYPES, LOCAL_UNIT_TYPES, PLACE_NAME_MAX_LENGTH, PROVINCE_TYPES, restorePlaceNames,
  type PlaceNames,
} from '../domain/place-names';
import { DEFAULT_TRADE_LIST, TRADE_NAME_MAX_LENGTH, type TradeItem } from '../domain/register/trade-list';
import { DEFAULT_PLANE_CRS, parseCrs } from '../geo/coordinates';
import type { PhanloDatabase } from './database';
import { reportRestoreIssues } from './restore';
import { transact } from './transact';
import type { WriteFailure } from './write-failure';

export type { PlaceNames } from '../domain/place-names';

const unitSchema = <T extends readonly [string, ...string[]]>(types: T) => z.object({
  type: z.enum(types),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(PLACE_NAME_MAX_LENGTH)),
});
/** What is written: version 2 (a unit type and a name per level). Reading goes through restorePlaceNames. */
const placeNamesSchema = z.object({
  version: z.literal(2),
  local: unitSchema(LOCAL_UNIT_TYPES),
  district: z.nullable(unitSchema(DISTRICT_TYPES)),
  province: unitSchema(PROVINCE_TYPES),
});

const crsSchema = z.string().check(z.refine((value) => {
  try {
    return parseCrs(value).kind === 'vn2000';
  } catch {
    return false;
  }
}));

const tradeName = z.string().check(z.trim(), z.minLength(1), z.maxLength(TRADE_NAME_MAX_LENGTH));
/** The register's trades: ids unique (entries store them). */
const tradesSchema = z.array(z.object({ id: tradeName, name: z.nullable(tradeName) })).check(
  z.refine((items) => new Set(items.map((item) => item.id)).size === items.length),
);

const definitions = {
  /**
   * Place names written on every output; the plan's names by default (they changed in 2025). Read
   * through its restore step, which upgrades the free-text names of version 1 (see place-names.ts).
   */
  placeNames: { schema: placeNamesSchema, fallback: DEFAULT_PLACE_NAMES as PlaceNames, restore: restorePlaceNames },
  language: { schema: z.enum(['vi', 'en']), fallback: 'vi' as 'vi' | 'en' },
  /** The VN-2000 plane all geometry is measured in. */
  planeCrs: { schema: crsSchema, fallback: DEFAULT_PLANE_CRS },
  /** Opt-in online base map. */
  basemapEnabled: { schema: z.boolean(), fallback: false as boolean },
  /**
   * Compensation rates, as stored: every reader passes them through `restoreRates`
   * (src/db/restore-recovery.ts, loaded with the recovery screen so full zod stays off the first load).
   */
  compensationRates: { schema: z.unknown(), fallback: null as unknown },
  /** The plan's budget for land recovery and site clearance, VND. */
  budgetVnd: { schema: z.number().check(z.nonnegative()), fallback: 50_000_000_000 },
  /**
   * Who uses this device (a simple local profile): recorded with every allocation change and field
   * check. Name null until the user sets one: outputs then say the default name in the reader's language.
   */
  profile: {
    schema: z.object({ name: z.nullable(z.string().check(z.trim(), z.maxLength(120))), role: z.enum(['official', 'cadastral', 'planner', 'field']) }),
    fallback: { name: null, role: 'official' } as { name: string | null; role: 'official' | 'cadastral' | 'planner' | 'field' },
  },
  /**
   * This installation's id, made once (src/db/device-id.ts): field checks carry it so that merging a
   * tablet's export adds its checks and never mistakes them for the office's own.
   */
  /**
   * The register's trades (ngành nghề), in the order offered: the issue's eight by default. Edited
   * through transact with undo (src/db/register-trades.ts); an import adds the trades it brings.
   */
  trades: { schema: tradesSchema, fallback: DEFAULT_TRADE_LIST as readonly TradeItem[] },
  deviceId: { schema: z.nullable(z.string().check(z.minLength(1))), fallback: null as string | null },
} as const;

export type SettingKey = keyof typeof definitions;
export type SettingValue<K extends SettingKey> = (typeof definitions)[K]['fallback'];

/**
 * Reads a stored value through its schema (the restore step for settings): absent gives the default;
 * invalid gives the default and is reported (src/db/restore.ts), never thrown.
 */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const definition = definitions[key];
  if (stored === undefined) return definition.fallback as SettingValue<K>;
  if ('restore' in definition) return definition.restore(stored) as SettingValue<K>;
  const parsed = definition.schema.safeParse(stored);
  if (parsed.success) return parsed.data as SettingValue<K>;
  reportRestoreIssues([{ table: 'settings', key, code: 'invalid', fields: [] }]);
  return definition.fallback as SettingValue<K>;
}

/**
 * Whether `readSetting` would replace this stored value by its default (without reporting it): what a
 * restore checks before writing a backup's settings. Keys this version does not know are kept as they
 * are and never read, so they are not damage.
 */
export function isDamagedSetting(key: string, stored: unknown): boolean {
  if (!Object.hasOwn(definitions, key) || stored === undefined) return false;
  const definition = definitions[key as SettingKey];
  if ('restore' in definition) return false;
  return !definition.schema.safeParse(stored).success;
}

/** Whether a value may be stored as a setting (edits built outside putSettings check with this). */
export const isValidSetting = <K extends SettingKey>(key: K, value: SettingValue<K>): boolean => definitions[key].schema.safeParse(value).success;

export async function getSetting<K extends SettingKey>(db: PhanloDatabase, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return readSetting(key, row?.value);
}

/** Validates and stores a setting; throws on an invalid value (a programming error, not user input). */
export async function putSetting<K extends SettingKey>(db: PhanloDatabase, key: K, value: SettingValue<K>): Promise<void> {
  await putSettings(db, { [key]: value } as Partial<{ [Key in SettingKey]: SettingValue<Key> }>);
}

/** A write of settings that failed; `failure` says why (src/db/write-failure.ts). */
export class SettingsWriteError extends Error {
  constructor(readonly failure: WriteFailure) {
    super(`Settings not saved: ${failure.detail}`);
    this.name = 'SettingsWriteError';
  }
}

/**
 * Stores several settings in one transaction (through transact, outside the undo history): a settings
 * form saves all or nothing. Throws SettingsWriteError when the write fails.
 */
export async function putSettings(db: PhanloDatabase, values: Partial<{ [K in SettingKey]: SettingValue<K> }>): Promise<void> {
  for (const [key, value] of Object.entries(values)) definitions[key as SettingKey].schema.parse(value);
  const rows = Object.entries(values).map(([key, value]) => ({ key, value }));
  const result = await transact(db, { puts: { settings: rows } }, { label: { key: 'settings.saved' }, history: false });
  if (!result.ok) throw new SettingsWriteError(result.failure);
}
