/**
 * Words inside regulation references. The layout engine writes a reference as the regulation titles it
 * ("QCVN 01:2021/BXD Bảng 2.6"); a reader in English reads "Table 2.6".
 */
export const regulationWordMessages = {
  vi: {
    'regulation.table': 'Bảng',
  },
  en: {
    'regulation.table': 'Table',
  },
} as const;
