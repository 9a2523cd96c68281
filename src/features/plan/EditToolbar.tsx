/**
 * The hand-edit toolbar of #/plan (issue 8): what is selected, and the edits that fit it — split (by
 * frontage into N, or along the depth), merge, move the boundary of two neighbours by a typed distance
 * (or drag it on the map), make green or a facility, lock or unlock, rename. Arrow keys move between
 * the buttons (a toolbar), Tab leaves it. Every edit goes through the PlanEditor.
 *
 * Only the edits that fit the selection are shown (split for one plot, merge for two or more): with
 * nothing selected the toolbar was a wall of greyed buttons, two screens of them on a phone (audit s7).
 */
import { useState, type KeyboardEvent } from 'react';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../geo/layout';
import { useTranslation } from '../../i18n/use-translation';
import { planSessionStores, usePlanLayout, usePlanView } from '../../state/plan-session';
import type { EditCommand, PlanEditor } from './plan-editor';
import './plan-edits.css';

const FACILITY_USES = [...new Set(DEFAULT_LAYOUT_PARAMETERS.facilities.map((f) => f.use))];

function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  if (event.target instanceof HTMLInputElement) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length].focus();
}

/** A touch screen with no mouse: there is no Shift to hold, so the hint names "Select several" alone. */
const touchOnly = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;

export function EditToolbar({ editor, lockedCodes }: { editor: PlanEditor; lockedCodes: readonly string[] }) {
  const { t } = useTranslation();
  const selected = usePlanView((s) => s.selectedIds);
  const multiSelect = usePlanView((s) => s.multiSelect);
  const running = usePlanLayout((s) => s.run.status === 'running');
  const [parts, setParts] = useState('2');
  const [offset, setOffset] = useState('1');
  const [code, setCode] = useState('');
  const [use, setUse] = useState(FACILITY_USES[0] ?? 'parking');
  const [busy, setBusy] = useState(false);
  const apply = (command: EditCommand) => {
    setBusy(true);
    void editor.apply(command).finally(() => setBusy(false));
  };
  const one = selected.length === 1 ? selected[0] : null;
  const pair = selected.length === 2 ? ([selected[0], selected[1]] as const) : null;
  const allLocked = selected.length > 0 && selected.every((c) => lockedCodes.includes(c));
  const off = busy || running;

  return (
    <div className="edit-toolbar" data-testid="edit-toolbar" role="toolbar" aria-label={t('planEdit.toolbar')} onKeyDown={moveFocus}>
      <p className="edit-selected" aria-live="polite" data-testid="edit-selected">
        {selected.length ? t('planEdit.selected', { count: selected.length, codes: selected.join(', ') }) : t(touchOnly() ? 'planEdit.noneSelectedTouch' : 'planEdit.noneSelected')}
        {selected.some((c) => lockedCodes.includes(c)) && (
          <span className="edit-locked" data-testid="edit-locked"> {t('planEdit.lockedCodes', { codes: selected.filter((c) => lockedCodes.includes(c)).join(', ') })}</span>
        )}
      </p>
      <div className="edit-row">
        <button type="button" data-testid="edit-multi-select" aria-pressed={multiSelect}
          onClick={() => planSessionStores().view.setState({ multiSelect: !multiSelect })}>{t('planEdit.multiSelect')}</button>
        {one && (
          <>
            <label className="edit-field">
              <span>{t('planEdit.splitParts')}</span>
              <input type="number" data-testid="edit-split-parts" min={2} max={10} step={1} value={parts} onChange={(e) => setParts(e.target.value)} />
            </label>
            <button type="button" data-testid="edit-split" disabled={off}
              onClick={() => apply({ kind: 'split', code: one, direction: 'frontage', parts: Number(parts) })}>{t('planEdit.split')}</button>
            <button type="button" data-testid="edit-split-depth" disabled={off}
              onClick={() => apply({ kind: 'split', code: one, direction: 'depth', parts: Number(parts) })}>{t('planEdit.splitDepth')}</button>
          </>
        )}
        {selected.length >= 2 && (
          <button type="button" data-testid="edit-merge" disabled={off}
            onClick={() => apply({ kind: 'merge', codes: selected })}>{t('planEdit.merge')}</button>
        )}
        {selected.length > 0 && (
          <>
            <button type="button" data-testid="edit-to-green" disabled={off}
              onClick={() => apply({ kind: 'convert', codes: selected, into: { to: 'green' } })}>{t('planEdit.toGreen')}</button>
            <label className="edit-field">
              <span className="visually-hidden">{t('planEdit.facilityUse')}</span>
              <select data-testid="edit-facility-use" value={use} onChange={(e) => setUse(e.target.value)}>
                {FACILITY_USES.map((u) => <option key={u} value={u}>{t(`layout.facility.${u}`)}</option>)}
              </select>
            </label>
            <button type="button" data-testid="edit-to-facility" disabled={off}
              onClick={() => apply({ kind: 'convert', codes: selected, into: { to: 'facility', use } })}>{t('planEdit.toFacility')}</button>
            <button type="button" data-testid="edit-lock" disabled={off} aria-pressed={allLocked}
              onClick={() => apply({ kind: 'lock', codes: selected, locked: !allLocked })}>{t(allLocked ? 'planEdit.unlock' : 'planEdit.lock')}</button>
          </>
        )}
      </div>
      {pair && (
        <form className="edit-row" onSubmit={(e) => { e.preventDefault(); apply({ kind: 'move', codes: pair, offsetM: Number(offset.replace(',', '.')) }); }}>
          <label className="edit-field">
            <span>{t('planEdit.moveBy', { code: pair[1], other: pair[0] })}</span>
            <input type="text" inputMode="decimal" data-testid="edit-move-offset" value={offset} onChange={(e) => setOffset(e.target.value)} />
          </label>
          <button type="submit" data-testid="edit-move-apply" disabled={off}>{t('planEdit.moveDivider')}</button>
          <span className="hint">{t('planEdit.moveHint')}</span>
        </form>
      )}
      {one && (
        <form className="edit-row" onSubmit={(e) => { e.preventDefault(); apply({ kind: 'rename', code: one, newCode: code }); }}>
          <label className="edit-field">
            <span>{t('planEdit.newCode')}</span>
            <input type="text" data-testid="edit-rename-code" maxLength={20} value={code} placeholder={one} onChange={(e) => setCode(e.target.value)} />
          </label>
          <button type="submit" data-testid="edit-rename-apply" disabled={off}>{t('planEdit.rename')}</button>
        </form>
      )}
    </div>
  );
}
