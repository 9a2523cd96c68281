/**
 * The public draw (bốc thăm): for one plot several entries wish for, or for the order of every
 * unallocated entry over the free plots. A seed the officials read out (or the clock's), the order it
 * gives, saved with its participants, printable for posting, and offered as drawn if they wish.
 */
import { useMemo, useState } from 'react';
import { allDraws } from '../../../db/allocation-reads';
import { offerMany, saveDraw } from '../../../db/allocations';
import { database } from '../../../db/database';
import { useLiveQuery } from '../../../db/live-query';
import type { DrawRow } from '../../../db/register-rows';
import { useSetting } from '../../../db/use-setting';
import { newId } from '../../../db/transact';
import { defaultSeed, drawResult, entryStatusOf } from '../../../domain/allocation';
import { useTranslation } from '../../../i18n/use-translation';
import { ModalDialog } from '../../../app/ModalDialog';
import { runAllocationWrite, type EntryNamer } from '../../../state/allocation-commit';
import { DrawSheet } from './DrawSheet';
import type { AllocationData } from './use-allocation-data';

type DrawFor = { readonly kind: 'all' } | { readonly kind: 'plot'; readonly code: string };

export default function DrawDialog({ data, nameOf, onClose }: { data: AllocationData; nameOf: EntryNamer; onClose: () => void }) {
  const { t } = useTranslation();
  const places = useSetting('placeNames');
  const draws = useLiveQuery(() => allDraws(database()), []);
  const unallocated = useMemo(() => data.entries.filter((e) =>
    entryStatusOf(data.allocations.filter((a) => a.entryId === e.id)) === 'unallocated'), [data.entries, data.allocations]);
  const freePlots = useMemo(() => data.facts.filter((f) => data.plotStates.get(f.code)?.status === 'free').map((f) => f.code), [data.facts, data.plotStates]);
  const contested = useMemo(() => freePlots.filter((code) => unallocated.filter((e) => e.wishes.includes(code)).length >= 2), [freePlots, unallocated]);
  const [drawFor, setDrawFor] = useState<DrawFor>(contested[0] ? { kind: 'plot', code: contested[0] } : { kind: 'all' });
  const [seed, setSeed] = useState(() => defaultSeed(new Date()));
  const [drawn, setDrawn] = useState<Omit<DrawRow, 'version' | 'updatedAt'> | null>(null);
  const [saved, setSaved] = useState(false);
  const [shown, setShown] = useState<DrawRow | null>(null);

  const participants = drawFor.kind === 'plot' ? unallocated.filter((e) => e.wishes.includes(drawFor.code)) : unallocated;
  const plotCodes = drawFor.kind === 'plot' ? [drawFor.code] : freePlots;

  const run = () => {
    const ids = participants.map((e) => e.id);
    setDrawn({ id: newId(), at: new Date().toISOString(), seed: seed.trim(), plotCodes, participantIds: [...ids].sort(), result: drawResult(seed.trim(), ids, plotCodes) });
    setSaved(false);
  };
  const save = async () => {
    if (!drawn || !data.variantId) return;
    const result = await runAllocationWrite((db) => saveDraw(db, drawn, data.variantId!), { key: 'allocation.label.draw', params: { seed: drawn.seed } }, t, nameOf);
    setSaved(result.saved);
  };
  const offerAsDrawn = async () => {
    if (!drawn || !data.variantId) return;
    const requests = drawn.result.filter((line) => line.plotCode).map((line) => ({
      entryId: line.entryId, variantId: data.variantId!, plotCodes: [line.plotCode!], plots: data.factsByCode, reason: t('allocation.draw.reason', { seed: drawn.seed }), priceVndPerM2: data.terms.priceVndPerM2,
    }));
    const result = await runAllocationWrite((db) => offerMany(db, requests, 'allocation.label.offeredMany'), { key: 'allocation.label.offeredMany', params: { count: requests.length } }, t, nameOf);
    if (result.saved) onClose();
  };
  const sheet = shown ?? (drawn ? { ...drawn } : null);

  return (
    <ModalDialog titleId="draw-title" className="wide draw-dialog" onClose={onClose}>
      <h2 id="draw-title">{t('allocation.draw.title')}</h2>
      <div className="draw-setup no-print">
        <label>{t('allocation.draw.for')}
          <select value={drawFor.kind === 'plot' ? drawFor.code : ''} data-testid="draw-for"
            onChange={(e) => { setDrawFor(e.target.value ? { kind: 'plot', code: e.target.value } : { kind: 'all' }); setDrawn(null); setShown(null); }}>
            <option value="">{t('allocation.draw.forAll', { entries: unallocated.length, plots: freePlots.length })}</option>
            {contested.map((code) => <option key={code} value={code}>{t('allocation.draw.forPlot', { plot: code, count: unallocated.filter((e) => e.wishes.includes(code)).length })}</option>)}
          </select>
        </label>
        <label>{t('allocation.draw.seed')}<input value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="draw-seed-input" maxLength={80} /></label>
        <p className="muted">{t('allocation.draw.seedHelp')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={run} disabled={participants.length === 0 || !seed.trim()} data-testid="draw-run">{t('allocation.draw.run')}</button>
          <button type="button" onClick={() => void save()} disabled={!drawn || saved} data-testid="draw-save">{saved ? t('allocation.draw.saved') : t('allocation.draw.save')}</button>
          <button type="button" onClick={() => void offerAsDrawn()} disabled={!drawn || !saved || !drawn.result.some((l) => l.plotCode)} data-testid="draw-offer">{t('allocation.draw.offer')}</button>
          <button type="button" onClick={() => window.print()} disabled={!sheet} data-testid="draw-print">{t('allocation.draw.print')}</button>
          <button type="button" className="ghost" onClick={onClose}>{t('common.close')}</button>
        </div>
        {participants.length === 0 && <p className="muted">{t('allocation.draw.nobody')}</p>}
        {(draws?.length ?? 0) > 0 && (
          <details className="past-draws">
            <summary>{t('allocation.draw.past', { count: draws!.length })}</summary>
            <ul>{draws!.map((d) => <li key={d.id}><button type="button" className="link" onClick={() => setShown(d)} data-testid="draw-past">{t('allocation.draw.pastLine', { seed: d.seed, count: d.participantIds.length })}</button></li>)}</ul>
          </details>
        )}
      </div>
      {sheet && <DrawSheet draw={sheet} places={places} entries={data.entryById} />}
    </ModalDialog>
  );
}
