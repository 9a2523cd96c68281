/**
 * The parcel import's undo label, in the first load: Ctrl+Z can undo an import from any screen, after a
 * reload too, before the import dialog's words (import-dialog.ts) are loaded.
 */
export const importLabelMessages = {
  vi: {
    'importDialog.done': 'Đã mở lớp {name}.',
  },
  en: {
    'importDialog.done': 'Layer {name} opened.',
  },
} satisfies { vi: Record<string, string>; en: Record<string, string> };
