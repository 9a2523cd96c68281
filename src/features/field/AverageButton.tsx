/**
 * Hold to average: while the finger stays on the button (or for the set number of seconds, whichever
 * comes first) every fix the location service reports is collected; letting go ends the measurement.
 * Works with touch, mouse and keyboard (Space/Enter held), since pointer events cover them all.
 */
import { useEffect, useRef, useState } from 'react';
import type { Fix } from '../../domain/field';
import { useTranslation } from '../../i18n/use-translation';
import { useFieldSession } from '../../state/field-session';

export function AverageButton({ onDone }: { onDone: (fixes: Fix[]) => void }) {
  const { t } = useTranslation();
  const seconds = useFieldSession((s) => s.averagingSeconds);
  const averaging = useFieldSession((s) => s.averaging);
  const [now, setNow] = useState(() => Date.now());
  const doneRef = useRef(onDone);
  useEffect(() => { doneRef.current = onDone; }, [onDone]);
  const stop = () => {
    if (!useFieldSession.getState().averaging) return;
    doneRef.current(useFieldSession.getState().stopAveraging());
  };
  useEffect(() => {
    if (!averaging) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() - averaging.startedAt >= seconds * 1000) stop();
    }, 200);
    return () => clearInterval(timer);
  }, [averaging, seconds]);
  // Leaving the screen mid-average ends it.
  useEffect(() => () => { if (useFieldSession.getState().averaging) useFieldSession.getState().stopAveraging(); }, []);
  const left = averaging ? Math.max(0, Math.ceil(seconds - (now - averaging.startedAt) / 1000)) : seconds;
  return (
    <button
      type="button" className={averaging ? 'field-average running' : 'field-average'} data-testid="stake-average"
      onPointerDown={(event) => { event.currentTarget.setPointerCapture?.(event.pointerId); useFieldSession.getState().startAveraging(); setNow(Date.now()); }}
      onPointerUp={stop} onPointerCancel={stop}
      onKeyDown={(event) => { if ((event.key === ' ' || event.key === 'Enter') && !event.repeat) useFieldSession.getState().startAveraging(); }}
      onKeyUp={(event) => { if (event.key === ' ' || event.key === 'Enter') stop(); }}
      onContextMenu={(event) => event.preventDefault()}
    >
      {averaging ? t('field.average.running', { count: averaging.fixes.length, left }) : t('field.average.hold', { seconds })}
    </button>
  );
}
