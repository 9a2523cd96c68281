/**
 * A register entry as the rules see it (the stored row without its envelope, src/db/register-rows.ts):
 * a household or enterprise registered to move into the zone. Pure: no storage here.
 */

export type Emission = 'noise' | 'dust' | 'wastewater' | 'smoke';
export const EMISSIONS: readonly Emission[] = ['noise', 'dust', 'wastewater', 'smoke'];
export type FireHazard = 'low' | 'medium' | 'high';
export const FIRE_HAZARDS: readonly FireHazard[] = ['low', 'medium', 'high'];
export type EntryKind = 'household' | 'enterprise';

export interface RegisterEntry {
  id: string;
  kind: EntryKind;
  name: string;
  representative: string | null;
  phone: string | null;
  idNumber: string | null;
  trade: string | null;
  address: string | null;
  areaNeededM2: number | null;
  workers: number | null;
  emissions: Emission[];
  fireHazard: FireHazard | null;
  needsLoan: boolean;
  loanMillionVnd: number | null;
  notes: string | null;
  registeredOn: string | null;
  wishes: string[];
  createdAt: string;
}

/** What a form or a file gives for an entry: everything but its id and creation time. */
export type EntryFields = Omit<RegisterEntry, 'id' | 'createdAt'>;

export const emptyEntryFields = (): EntryFields => ({
  kind: 'household', name: '', representative: null, phone: null, idNumber: null, trade: null, address: null,
  areaNeededM2: null, workers: null, emissions: [], fireHazard: null, needsLoan: false, loanMillionVnd: null,
  notes: null, registeredOn: null, wishes: [],
});

/** A problem with one field of an entry; `code` is a message key suffix (`registry.error.<code>`). */
export interface EntryProblem {
  readonly field: keyof EntryFields;
  readonly code: 'required' | 'negative' | 'not-whole' | 'phone' | 'date' | 'too-long';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Vietnamese phones as people write them: digits, spaces, dots, dashes, a leading + and brackets. */
const PHONE = /^\+?[\d\s.\-()]{6,20}$/;

/** The rules every entry keeps, whether typed in a form or read from a file. */
export function entryProblems(fields: EntryFields): EntryProblem[] {
  const problems: EntryProblem[] = [];
  if (!fields.name.trim()) problems.push({ field: 'name', code: 'required' });
  if (fields.name.length > 300) problems.push({ field: 'name', code: 'too-long' });
  if (fields.phone !== null && !PHONE.test(fields.phone)) problems.push({ field: 'phone', code: 'phone' });
  for (const field of ['areaNeededM2', 'workers', 'loanMillionVnd'] as const) {
    const value = fields[field];
    if (value !== null && value < 0) problems.push({ field, code: 'negative' });
  }
  if (fields.workers !== null && !Number.isInteger(fields.workers)) problems.push({ field: 'workers', code: 'not-whole' });
  if (fields.registeredOn !== null && (!ISO_DATE.test(fields.registeredOn) || Number.isNaN(Date.parse(fields.registeredOn)))) {
    problems.push({ field: 'registeredOn', code: 'date' });
  }
  return problems;
}

/** Guesses the kind from the name: a company, private enterprise or cooperative is an enterprise. */
export function kindFromName(name: string, folded: string): EntryKind {
  return /^(cong ty|cty|doanh nghiep|dntn|htx|hop tac xa|xuong)\b/.test(folded) || /\b(tnhh|co phan|jsc|ltd)\b/.test(folded) || name.length === 0
    ? 'enterprise'
    : 'household';
}
