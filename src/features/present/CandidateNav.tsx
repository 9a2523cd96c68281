/**
 * Next and previous among one household's candidate plots: big buttons, the arrow keys, and a swipe
 * across the panel (a pointer drag mostly sideways of at least 60 px), for a tablet used by touch alone.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';

export interface CandidateNavProps {
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly onStep: (step: -1 | 1) => void;
}

export function CandidateNav({ name, index, count, onStep }: CandidateNavProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') onStep(1);
      if (event.key === 'ArrowLeft' || event.key === 'PageUp') onStep(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onStep]);
  return (
    <nav className="present-candidates" aria-label={t('present.candidates', { index: index + 1, count, name })} data-testid="present-candidates">
      <button type="button" className="present-step" data-testid="present-previous" onClick={() => onStep(-1)} disabled={count < 2}
        aria-label={t('present.previous')} title={t('present.previous')}>‹</button>
      <span className="present-candidates-text">{t('present.candidates', { index: index + 1, count, name })}</span>
      <button type="button" className="present-step" data-testid="present-next" onClick={() => onStep(1)} disabled={count < 2}
        aria-label={t('present.next')} title={t('present.next')}>›</button>
    </nav>
  );
}

/** A region that turns a sideways swipe into a step (left swipe: next). */
export function SwipeArea({ onStep, children, className }: { onStep: ((step: -1 | 1) => void) | null; children: ReactNode; className?: string }) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return (
    <div
      className={className}
      onPointerDown={(event) => { start.current = { x: event.clientX, y: event.clientY, id: event.pointerId }; }}
      onPointerUp={(event) => {
        const from = start.current;
        start.current = null;
        if (!onStep || !from || from.id !== event.pointerId) return;
        const dx = event.clientX - from.x;
        const dy = event.clientY - from.y;
        if (Math.abs(dx) >= 60 && Math.abs(dx) > 2 * Math.abs(dy)) onStep(dx < 0 ? 1 : -1);
      }}
      onPointerCancel={() => { start.current = null; }}
      style={{ touchAction: 'pan-y' }}
    >
      {children}
    </div>
  );
}
