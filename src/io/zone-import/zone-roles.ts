/**
 * What a zone file's `role` (or a CAD layer / Google Earth folder name standing for it) means. Files from
 * Vietnamese offices name layers in Vietnamese, with or without diacritics, with `-`, `_` or spaces.
 */
export type ZoneRole = 'zone' | 'access-road' | 'residential' | 'separation' | 'entrance';

const ALIASES: Readonly<Record<string, ZoneRole>> = {
  zone: 'zone', boundary: 'zone', 'ranh-gioi': 'zone', 'ranh-gioi-khu': 'zone', 'ranh-quy-hoach': 'zone', 'khu-quy-hoach': 'zone',
  'access-road': 'access-road', road: 'access-road', 'public-road': 'access-road', duong: 'access-road',
  'duong-giao-thong': 'access-road', 'duong-cong-cong': 'access-road', 'duong-hien-trang': 'access-road',
  residential: 'residential', homes: 'residential', 'khu-dan-cu': 'residential', 'dan-cu': 'residential',
  // An edge where the district accepts a public road or canal as the 2.5.2 separation (strip narrowed).
  separation: 'separation', 'accepted-separation': 'separation', 'phan-cach': 'separation', 'duong-phan-cach': 'separation',
  'kenh-phan-cach': 'separation', 'cach-ly-thu-hep': 'separation',
  entrance: 'entrance', 'loi-vao': 'entrance', 'cong-vao': 'entrance',
};

/** "Ranh giới", "RANH_GIOI", "ranh-gioi" → "ranh-gioi". */
export function normaliseRoleName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd')
    .trim().toLowerCase().replace(/[\s_.]+/g, '-');
}

/** The role a name stands for, or null when it names none. */
export function roleOfName(text: string): ZoneRole | null {
  return ALIASES[normaliseRoleName(text)] ?? (separationOfName(text) ? 'separation' : null);
}

/**
 * A separation layer or folder named with its strip width — "separation 5", "phan-cach-2,5m",
 * "SEPARATION_0M" — as CAD users carry a value with no attribute table: the role and the width, or
 * null when the name is not one.
 */
export function separationOfName(text: string): { stripM: number } | null {
  const m = /^(.*?)[\s_-]*(\d+(?:[.,]\d+)?)\s*m?$/i.exec(text.trim());
  if (!m || ALIASES[normaliseRoleName(m[1])] !== 'separation') return null;
  return { stripM: Number(m[2].replace(',', '.')) };
}
