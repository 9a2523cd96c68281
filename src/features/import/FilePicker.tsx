/**
 * Choosing the file to import: a styled, labelled button (not the browser's bare "Choose File") and
 * the name of the chosen file, in the user's language. The real <input type="file"> stays in the tab
 * order, visually hidden under its label, so the keyboard and assistive technology reach it.
 */
import { useId } from 'react';
import './file-picker.css';

export interface FilePickerProps {
  /** The button's words, e.g. "Chọn tệp…". */
  readonly buttonLabel: string;
  /** The chosen file's name, or null before one is chosen. */
  readonly fileName: string | null;
  /** What is shown while no file is chosen, e.g. "Chưa chọn tệp nào". */
  readonly noFileText: string;
  readonly accept: string;
  readonly disabled?: boolean;
  readonly onChoose: (file: File | undefined) => void;
}

export function FilePicker({ buttonLabel, fileName, noFileText, accept, disabled = false, onChoose }: FilePickerProps) {
  const id = useId();
  return (
    <div className="file-picker">
      <input
        id={`${id}-input`}
        className="file-picker-input"
        type="file"
        data-testid="import-file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-name`}
        onChange={(e) => {
          onChoose(e.target.files?.[0]);
          // Choosing the same file again (after fixing it on disk) must read it again.
          e.target.value = '';
        }}
      />
      <label htmlFor={`${id}-input`} className="file-picker-button">
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 20h16M12 4v12M7 9l5-5 5 5" />
        </svg>
        {buttonLabel}
      </label>
      <span id={`${id}-name`} className={fileName ? 'file-picker-name chosen' : 'file-picker-name'} data-testid="import-file-name">
        {fileName ?? noFileText}
      </span>
    </div>
  );
}
