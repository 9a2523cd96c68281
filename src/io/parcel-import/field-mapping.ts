/**
 * The mapping step of the import: the user's field names to ours. `listSourceFields` shows what the
 * file has, `suggestFieldMapping` proposes a mapping from the table of Vietnamese cadastral names,
 * the user corrects it, `applyFieldMapping` builds the validated layer. A mapping is a plain JSON
 * value, so the app can remember it for the next file from the same source.
 */
import type { ParcelLayer } from '../../domain/parcel';
import {
  buildParcelLayer, PARCEL_TARGET_FIELDS, type ParcelFieldMapping, type ParcelLayerMeta, type SourceParcel,
} from '../layers/parcel-records';
export { ownFieldMapping } from '../layers/parcel-records';
import type { ReadResult } from '../layers/read-result';
import { displayValue, isBlank, parseLocaleNumber, type DecimalMark } from '../layers/value-coercion';
import { matchScore, MAPPING_TARGETS, type MappingTarget } from './field-names';

/**
 * For each of our fields, the source field that holds it, or null. `cornerNo`, `x` and `y` are for
 * corner tables (CSV) only: `x` is the Vietnamese X (northing, or latitude) and `y` the Vietnamese Y
 * (easting, or longitude); without `cornerNo` the corners are taken in row order.
 */
export interface FieldMapping extends ParcelFieldMapping {
  readonly cornerNo?: string | null;
  readonly x?: string | null;
  readonly y?: string | null;
}

export interface SourceField {
  /** The name as the file writes it. */
  readonly name: string;
  /**
   * Up to three different non-blank values: numbers as numbers (for the screen to write in the
   * user's language: 1740,5 in Vietnamese), text as the file writes it (shortened past 60 characters).
   */
  readonly samples: readonly (string | number)[];
  /** What the values look like: all whole numbers, all numbers, some text, or all blank. */
  readonly kind: 'integer' | 'number' | 'text' | 'empty';
}

const SAMPLE_COUNT = 3;

export interface ListFieldsOptions {
  /**
   * How text cells write numbers (a CSV's decimal mark): when given, a text cell that is a number
   * written that way is sampled as a number. Without it, text stays text as written.
   */
  readonly decimalMark?: DecimalMark;
}

/** The fields of the source records, in the order first seen, with sample values. */
export function listSourceFields(records: readonly Readonly<Record<string, unknown>>[], options: ListFieldsOptions = {}): SourceField[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const name of Object.keys(record)) {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  return names.map((name) => {
    const samples: (string | number)[] = [];
    let kind: SourceField['kind'] = 'empty';
    for (const record of records) {
      const v = record[name];
      if (isBlank(v)) continue;
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseLocaleNumber(v) : null;
      const valueKind = n === null ? 'text' : Number.isInteger(n) ? 'integer' : 'number';
      kind = kind === 'empty' || kind === valueKind ? valueKind : kind === 'text' || valueKind === 'text' ? 'text' : 'number';
      const textNumber = options.decimalMark && typeof v === 'string' ? parseLocaleNumber(v, options.decimalMark) : null;
      const sample = typeof v === 'number' ? v : textNumber ?? displayValue(v);
      if (samples.length < SAMPLE_COUNT && !samples.includes(sample)) samples.push(sample);
    }
    return { name, samples, kind };
  });
}

export interface SuggestOptions {
  /** Also suggest the corner table fields (cornerNo, x, y). */
  readonly corners?: boolean;
}

/**
 * A mapping proposal: each target gets the best-matching unused source field (exact names before
 * prefixes before contained names; targets in order, so sheetNo chooses first). Unmatched targets are null.
 */
export function suggestFieldMapping(fields: readonly (SourceField | string)[], options: SuggestOptions = {}): FieldMapping {
  const names = fields.map((f) => (typeof f === 'string' ? f : f.name));
  const targets: readonly MappingTarget[] = options.corners ? MAPPING_TARGETS : PARCEL_TARGET_FIELDS;
  const candidates = targets.flatMap((target, targetOrder) =>
    names.map((name, fieldOrder) => {
      const [score, rank] = matchScore(name, target);
      return { target, name, score, rank, targetOrder, fieldOrder };
    }).filter((c) => c.score > 0),
  );
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.targetOrder - b.targetOrder || a.fieldOrder - b.fieldOrder);
  const mapping: Record<string, string | null> = Object.fromEntries(targets.map((t) => [t, null]));
  const used = new Set<string>();
  for (const c of candidates) {
    if (mapping[c.target] !== null || used.has(c.name)) continue;
    mapping[c.target] = c.name;
    used.add(c.name);
  }
  return mapping as unknown as FieldMapping;
}

/** Whether the source names its fields as we do (our own files): no mapping step needed. */
export function isOwnFieldNaming(fields: readonly (SourceField | string)[]): boolean {
  const names = new Set(fields.map((f) => (typeof f === 'string' ? f : f.name)));
  return names.has('sheetNo') && names.has('parcelNo') && names.has('landUseCode');
}

/**
 * Source parcels + mapping → a validated ParcelLayer, or every error (mapping errors alone when the
 * mapping itself is wrong: a required field not mapped, a mapped field the source lacks).
 */
export function applyFieldMapping(
  records: readonly SourceParcel[],
  mapping: FieldMapping,
  meta: ParcelLayerMeta,
): ReadResult<ParcelLayer> {
  return buildParcelLayer(records, mapping, meta);
}
