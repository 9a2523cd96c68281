// Every word the allocation screens say exists in Vietnamese and English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocationMessages } from '../../src/i18n/messages/allocation';
import { ALLOCATION_STATUSES, ENTRY_STATUSES, MILESTONE_STATUSES, PLAN_MILESTONES, PLOT_STATUSES, TERMS_MODES } from '../../src/domain/allocation';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/allocation-messages';

const DIR = join(import.meta.dirname, '..', '..', 'src', 'features', 'registry', 'allocation');

describe('allocation messages', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(allocationMessages.en).sort()).toEqual(Object.keys(allocationMessages.vi).sort());
  });

  it('has every key the screens name literally and every key built from a status, mode or step', () => {
    const used = new Set<string>();
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))) {
      for (const match of readFileSync(join(DIR, file), 'utf8').matchAll(/'((?:allocation|audit)\.[A-Za-z0-9.-]+)'/g)) used.add(match[1]);
    }
    for (const s of ALLOCATION_STATUSES) used.add(`allocation.status.${s}`).add(`audit.${s}`).add(`allocation.label.${s}`);
    for (const s of PLOT_STATUSES) used.add(`allocation.plotStatus.${s}`);
    for (const s of ENTRY_STATUSES) used.add(`allocation.entryStatus.${s}`);
    for (const s of ['accepted', 'paid', 'building', 'operating', 'withdrawn']) used.add(`allocation.action.${s}`);
    for (const m of TERMS_MODES) used.add(`allocation.terms.mode.${m}`).add(`allocation.terms.price.${m}`).add(`allocation.card.due.${m}`);
    for (const m of PLAN_MILESTONES) used.add(`allocation.milestone.${m.key}`);
    for (const s of MILESTONE_STATUSES) used.add(`allocation.milestones.state.${s}`);
    for (const code of ['plot-taken', 'already-offered', 'entry-holds-plot', 'not-adjacent', 'no-plot', 'unknown-plot', 'bad-step', 'changed-meanwhile', 'missing', 'unknown']) used.add(`allocation.refused.${code}`);
    for (const key of ['audit.offered', 'audit.withdrawn-by-accept', 'audit.payment', 'audit.draw', 'audit.undone', 'audit.redone', 'write.reason.refused']) used.add(key);
    const missing = [...used].filter((key) => !(key in catalogue.vi) || !(key in catalogue.en));
    expect(missing).toEqual([]);
  });
});
