/**
 * The register's columns and the header words that name them: matched folded (no case, marks, spaces or
 * punctuation: "DIỆN TÍCH CẦN (m2)" is "Diện tích cần (m²)"), Vietnamese first, then English aliases.
 * README.md lists them. The header row is found wherever it stands below a title block, over one row or
 * two (a group title merged above its sub-headers).
 */
import { foldKey } from '../../domain/register/fold-text';
import { cellText, type GridRow } from './grid';

export type ImportField =
  | 'name' | 'representative' | 'phone' | 'idNumber' | 'trade' | 'address' | 'areaNeededM2' | 'workers'
  | 'emissions' | 'fireHazard' | 'loanMillionVnd' | 'notes' | 'registeredOn' | 'wishes' | 'kind' | 'status';

/** The Vietnamese header each field is written with (import reads it, export writes it). */
export const FIELD_HEADERS: Record<ImportField, string> = {
  name: 'Tên hộ/cơ sở', representative: 'Người đại diện', phone: 'Điện thoại', idNumber: 'CCCD/MST', trade: 'Ngành nghề',
  address: 'Địa chỉ hiện tại', areaNeededM2: 'Diện tích cần (m²)', workers: 'Số lao động', emissions: 'Phát thải',
  fireHazard: 'Nguy cơ cháy', loanMillionVnd: 'Vay vốn (triệu đồng)', notes: 'Ghi chú', registeredOn: 'Ngày đăng ký',
  wishes: 'Nguyện vọng (mã lô)', kind: 'Loại', status: 'Trạng thái',
};

/** Other words for each field, folded by foldKey when compared. */
const ALIASES: Record<ImportField, readonly string[]> = {
  name: ['Tên hộ/cơ sở', 'Tên hộ', 'Tên cơ sở', 'Tên hộ, cơ sở', 'Tên hộ gia đình/cơ sở', 'Tên doanh nghiệp', 'Họ và tên', 'Họ tên', 'Tên', 'name', 'household', 'enterprise', 'household/enterprise'],
  representative: ['Người đại diện', 'Đại diện', 'Chủ hộ', 'Chủ cơ sở', 'representative'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'phone', 'telephone', 'phone number'],
  idNumber: ['CCCD/MST', 'CCCD', 'MST', 'CMND', 'CMND/CCCD', 'CCCD/CMND', 'Mã số thuế', 'Số CCCD', 'idNumber', 'ID', 'national ID', 'tax code', 'ID/tax code'],
  trade: ['Ngành nghề', 'Ngành', 'Nghề', 'trade'],
  address: ['Địa chỉ hiện tại', 'Địa chỉ', 'Nơi ở hiện tại', 'address', 'current address'],
  areaNeededM2: ['Diện tích cần (m²)', 'Diện tích cần', 'Diện tích đăng ký', 'Diện tích (m²)', 'Diện tích', 'areaNeededM2', 'area needed', 'area needed (m²)', 'area'],
  workers: ['Số lao động', 'Lao động', 'Số công nhân', 'workers'],
  emissions: ['Phát thải', 'Chất thải', 'emissions'],
  fireHazard: ['Nguy cơ cháy', 'Nguy cơ cháy nổ', 'fireHazard', 'fire hazard'],
  loanMillionVnd: ['Vay vốn (triệu đồng)', 'Vay vốn số tiền (triệu đồng)', 'Vay vốn số tiền', 'Vay vốn', 'Nhu cầu vay vốn', 'Số tiền vay', 'loanMillionVnd', 'loan', 'loan (million VND)'],
  notes: ['Ghi chú', 'notes', 'note'],
  registeredOn: ['Ngày đăng ký', 'registeredOn', 'registered on', 'date registered'],
  wishes: ['Nguyện vọng (mã lô)', 'Nguyện vọng', 'Lô đăng ký', 'wishes'],
  kind: ['Loại', 'Loại hình', 'kind'],
  status: ['Trạng thái', 'status'],
};

/** Columns that hold no field: the row number (STT), read only to tell data rows from the rest. */
const ROW_NUMBER = new Set(['stt', 'sott', 'sothutu', 'tt', 'no', 'sequence']);

const FIELD_OF = new Map<string, ImportField>();
for (const [field, words] of Object.entries(ALIASES) as [ImportField, readonly string[]][]) {
  for (const word of words) if (!FIELD_OF.has(foldKey(word))) FIELD_OF.set(foldKey(word), field);
}

export const fieldOfHeader = (header: string): ImportField | null => FIELD_OF.get(foldKey(header)) ?? null;
export const isRowNumberHeader = (header: string): boolean => ROW_NUMBER.has(foldKey(header));

export interface HeaderLayout {
  /** The field each column holds (index = column), null for columns read as nothing. */
  readonly columns: readonly (ImportField | null)[];
  /** The column of the row number (STT), if any. */
  readonly rowNumberColumn: number | null;
  /** The headers as written, by column (for messages: "cột Điện thoại"). */
  readonly written: readonly (string | null)[];
  /** The header's last row (data starts below it), as the spreadsheet counts. */
  readonly lastHeaderRow: number;
  /** Index in the grid of the first row below the header. */
  readonly dataStart: number;
}

interface Candidate { columns: (ImportField | null)[]; written: (string | null)[]; rowNumberColumn: number | null; count: number }

/** Matches header texts to fields; a field named twice goes to the column that names it best. */
function match(texts: readonly (string | null)[], priorities: readonly number[] = []): Candidate {
  const columns: (ImportField | null)[] = texts.map(() => null);
  const owner = new Map<ImportField, { column: number; priority: number }>();
  let rowNumberColumn: number | null = null;
  texts.forEach((text, column) => {
    const field = text ? fieldOfHeader(text) : null;
    const priority = priorities[column] ?? 1;
    const held = field ? owner.get(field) : undefined;
    if (field && (!held || priority > held.priority)) {
      if (held) columns[held.column] = null;
      owner.set(field, { column, priority });
      columns[column] = field;
    }
    if (text && rowNumberColumn === null && isRowNumberHeader(text)) rowNumberColumn = column;
  });
  return { columns, written: [...texts], rowNumberColumn, count: owner.size };
}

/** Finds the header among the first rows; null when no row names the name column and another. */
export function findHeader(rows: readonly GridRow[], searchRows = 40): HeaderLayout | null {
  let best: (Candidate & { index: number; twoRows: boolean }) | null = null;
  for (let index = 0; index < Math.min(rows.length, searchRows); index++) {
    const top = rows[index].cells.map(cellText);
    const one = match(top);
    const below = rows[index + 1]?.cells.map(cellText) ?? [];
    // Two rows: a sub-header where it names a field, else the group title above it (merged cells repeat it).
    const width = Math.max(top.length, below.length);
    const combined: (string | null)[] = [];
    const priorities: number[] = [];
    for (let column = 0; column < width; column++) {
      const sub = below[column] ?? null;
      const over = top[column] ?? null;
      const joined = over && sub && over !== sub ? `${over} ${sub}` : null;
      if (joined && fieldOfHeader(joined)) { combined.push(joined); priorities.push(3); }
      else if (sub && fieldOfHeader(sub)) { combined.push(sub); priorities.push(2); }
      else { combined.push(over ?? sub); priorities.push(over === sub ? 2 : 1); }
    }
    const two = match(combined, priorities);
    const candidate = two.count > one.count ? { ...two, index, twoRows: true } : { ...one, index, twoRows: false };
    if (!candidate.columns.includes('name') || candidate.count < 2) continue;
    if (!best || candidate.count > best.count) best = candidate;
  }
  if (!best) return null;
  const last = best.index + (best.twoRows ? 1 : 0);
  return { columns: best.columns, written: best.written, rowNumberColumn: best.rowNumberColumn, lastHeaderRow: rows[last].row, dataStart: last + 1 };
}
