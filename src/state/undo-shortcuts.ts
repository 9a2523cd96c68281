/**
 * Ctrl+Z / ⌘Z undoes the latest change and Ctrl+Shift+Z / Ctrl+Y redoes it, on every screen and after a
 * reload (the history is stored). Text fields keep the browser's own undo of typing, and an open dialog
 * edits a draft, so both are left alone.
 */
import { lastReadSetting } from '../db/use-setting';
import { catalogue } from '../i18n/catalogue';
import { translate, type Translate } from '../i18n/translate';
import { redoLatest, undoLatest } from './commit';

/** 'undo', 'redo' or null for a key press. */
export function historyKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/** Starts listening (main.tsx); returns the stop function. */
export function installUndoShortcuts(target: Window = window): () => void {
  let busy = false;
  const onKeyDown = (event: KeyboardEvent) => {
    const step = historyKeyOf(event);
    if (!step) return;
    const element = event.target instanceof Element ? event.target : null;
    if (element?.closest(EDITABLE) || target.document.querySelector('dialog[open]')) return;
    event.preventDefault();
    // One step at a time: a held key must not run undos over each other.
    if (busy) return;
    busy = true;
    const language = lastReadSetting('language');
    const t: Translate = (key, params) => translate(catalogue, language, key, params);
    void (step === 'undo' ? undoLatest(t) : redoLatest(t)).finally(() => { busy = false; });
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
