/**
 * The stored shapes of the register of relocating households and enterprises and of plot allocation
 * (schema version 6). Kept apart from database.ts so that the schema file stays a list of versions.
 * The rules (one offer per plot, one accepted-or-later plot per entry) live in the commands that write
 * these rows, inside one IndexedDB transaction.
 */
import type { RegisterEntry } from '../domain/register/entry';
import type { RecordEnvelope } from './database';

/** One household or enterprise registered to move into the zone (table `registerEntries`, key `id`): the
 * rules' entry (src/domain/register/entry.ts) with its envelope. */
export interface RegisterEntryRow extends RegisterEntry, RecordEnvelope {}

/** Where an allocation stands; `withdrawn` ends it. */
export type AllocationStatus = 'offered' | 'accepted' | 'paid' | 'building' | 'operating' | 'withdrawn';

/**
 * One allocation: an entry offered a plot (or a group of adjacent plots held as one) of a variant
 * (table `allocations`, key `id`, indexes `entryId`, `variantId`, multi-entry `*plotKeys`).
 */
export interface AllocationRow extends RecordEnvelope {
  id: string;
  entryId: string;
  variantId: string;
  plotCodes: string[];
  /** `${variantId}|${code}` per plot: the index that finds a plot's allocations in one read. */
  plotKeys: string[];
  status: AllocationStatus;
  /** Price per m² agreed when offered, VND; null: the current setting. */
  priceVndPerM2: number | null;
  createdAt: string;
}

/** One payment toward an allocation (table `payments`, key `id`, index `allocationId`). */
export interface PaymentRow extends RecordEnvelope {
  id: string;
  allocationId: string;
  amountVnd: number;
  /** ISO date. */
  paidOn: string;
  note: string | null;
}

/**
 * One line of the audit trail (table `auditTrail`, auto-increment `seq`, multi-entry `*subjects`).
 * Append-only: never in a change record's inverse, never rewritten; an undo is a new line.
 */
export interface AuditRow {
  seq?: number;
  /** ISO 8601. */
  at: string;
  /** The local profile's name and role at the time. */
  by: { name: string; role: string };
  /** What happened: a message key and its parameters (shown in the reader's language). */
  action: { key: string; params?: Record<string, string | number> };
  reason: string | null;
  /** What it concerns: `entry:<id>`, `plot:<variantId>|<code>`, `allocation:<id>`. */
  subjects: string[];
}

/** A public draw (bốc thăm): reproducible from its seed and participants (table `draws`, key `id`). */
export interface DrawRow extends RecordEnvelope {
  id: string;
  at: string;
  seed: string;
  /** What was drawn for: plot codes, or null for the order of all participants. */
  plotCodes: string[] | null;
  participantIds: string[];
  /** Participant ids in drawn order (and the plot each got, when drawn for plots). */
  result: { entryId: string; plotCode: string | null }[];
}

/** One milestone of the plan (table `milestones`, key `id`). */
export interface MilestoneRow extends RecordEnvelope {
  id: string;
  /** Message key of a plan milestone, or null for one the user added (then `title` says it). */
  key: string | null;
  title: string | null;
  /** Target period as in the plan, e.g. "2021-2022". */
  period: string;
  responsible: string | null;
  status: 'planned' | 'under-way' | 'done';
  order: number;
}
