/** Words of the register import's progress (#/registry, the import button while a file is read). */
export const registryImportProgressMessages = {
  vi: {
    'registryImport.progress.unpacking': 'Đang mở {file}…',
    'registryImport.progress.cells': 'Đang đọc các ô của {file}…',
    'registryImport.progress.checking': 'Đang kiểm tra {file}: {done}/{total} dòng…',
  },
  en: {
    'registryImport.progress.unpacking': 'Opening {file}…',
    'registryImport.progress.cells': 'Reading the cells of {file}…',
    'registryImport.progress.checking': 'Checking {file}: {done}/{total} rows…',
  },
} as const;
