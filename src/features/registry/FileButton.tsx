/**
 * A button that picks a file: a label over a visually hidden <input type="file"> that stays in the page
 * and the tab order (keyboard, assistive technology and tests reach it).
 */
import { useId } from 'react';

export function FileButton({ label, accept, testId, disabled = false, onChoose }: {
  label: string; accept: string; testId: string; disabled?: boolean; onChoose: (file: File) => void;
}) {
  const id = useId();
  return (
    <span className="file-button">
      <input
        id={id}
        type="file"
        className="file-button-input"
        accept={accept}
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file, fixed on disk, can be chosen again
          if (file) onChoose(file);
        }}
      />
      <label htmlFor={id} className="file-button-label">{label}</label>
    </span>
  );
}
