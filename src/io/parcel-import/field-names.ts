/**
 * What Vietnamese cadastral data calls our fields. Exports of ViLIS, ELIS and TMV.LIS, MicroStation
 * famis/gCadas attribute tables and hand-made Excel sheets name them differently (SHBANDO or SoTo for
 * số tờ, SHTHUA or SoThua for số thửa, KHLOAIDAT, LoaiDat or MDSD for loại đất, TENCHU or ChuSuDung
 * for chủ sử dụng, DIENTICH for diện tích). Names are compared without case, diacritics, spaces or
 * punctuation: "Số tờ", "SO_TO" and "soto" are one name.
 */

/** Our fields a mapping can fill: the parcel's, plus a corner table's point number and X/Y. */
export const MAPPING_TARGETS = [
  'sheetNo', 'parcelNo', 'landUseCode', 'landUser', 'registeredAreaM2', 'cornerNo', 'x', 'y',
] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** "Số Tờ" → "soto", "KH_LOAI_DAT" → "khloaidat", "Đất" → "dat". */
export function normaliseFieldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Known names of each target, normalised, best first. */
export const FIELD_ALIASES: Readonly<Record<MappingTarget, readonly string[]>> = {
  sheetNo: [
    'sheetno', 'shbando', 'soto', 'sotobando', 'sohieubando', 'sohieuto', 'tobando', 'sotobd', 'tobd', 'shto',
    'mapsheet', 'sheet', 'to',
  ],
  parcelNo: ['parcelno', 'shthua', 'sothua', 'sohieuthua', 'sothuadat', 'thuaso', 'thua', 'parcelnumber', 'parcel'],
  landUseCode: [
    'landusecode', 'khloaidat', 'loaidat', 'kyhieuloaidat', 'maloaidat', 'mdsd', 'mucdichsd', 'mucdichsudung',
    'kyhieumdsd', 'madat', 'mucdich', 'landuse',
  ],
  landUser: ['landuser', 'tenchu', 'chusudung', 'tenchusudung', 'chusd', 'tenchusd', 'chusohuu', 'hoten', 'owner', 'chu'],
  registeredAreaM2: [
    'registeredaream2', 'dientich', 'dientichphaply', 'dientichpl', 'dtpl', 'dientichgcn', 'dientichm2', 'dtich', 'dt',
    'registeredarea', 'area',
  ],
  cornerNo: ['cornerno', 'sohieudiem', 'sodiem', 'tendiem', 'diemso', 'diem', 'shdiem', 'somoc', 'moc', 'thutu', 'stt', 'tt', 'point', 'pointno', 'order'],
  x: ['x', 'toadox', 'xm', 'northing', 'lat', 'latitude', 'vido', 'n'],
  y: ['y', 'toadoy', 'ym', 'easting', 'lon', 'lng', 'long', 'longitude', 'kinhdo', 'e'],
};

/** Coordinate column names that say the values are degrees (WGS84), not plane metres. */
export const GEOGRAPHIC_COLUMN_NAMES: ReadonlySet<string> = new Set(['lat', 'latitude', 'vido', 'lon', 'lng', 'long', 'longitude', 'kinhdo']);

/** The longest field name a dBase (.dbf) table holds. */
const DBF_FIELD_NAME_LENGTH = 10;

/**
 * How well a source field name matches a target: 3 exact (after normalising), 2 a known name followed
 * by something (LOAIDAT2020, DienTich_m2) or a known name cut to a .dbf's 10 characters, 1 containing a long known name; 0 no match. The second number
 * ranks the aliases (earlier is better).
 */
export function matchScore(sourceName: string, target: MappingTarget): [score: number, rank: number] {
  const n = normaliseFieldName(sourceName);
  const aliases = FIELD_ALIASES[target];
  const exact = aliases.indexOf(n);
  if (exact >= 0) return [3, exact];
  const prefix = aliases.findIndex((a) => a.length >= 4 && n.startsWith(a));
  if (prefix >= 0) return [2, prefix];
  // A .dbf field name has at most 10 characters: GDAL and QGIS cut longer ones ("registeredAreaM2" →
  // "registered", "DienTichPhapLy" → "DienTichPh"), so a 10-character name that begins a known one is it.
  if (sourceName.length === DBF_FIELD_NAME_LENGTH && n.length >= 6) {
    const cut = aliases.findIndex((a) => a.length > n.length && a.startsWith(n));
    if (cut >= 0) return [2, cut];
  }
  const inside = aliases.findIndex((a) => a.length >= 6 && n.includes(a));
  if (inside >= 0) return [1, inside];
  return [0, 0];
}
