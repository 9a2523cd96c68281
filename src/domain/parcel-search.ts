/**
 * Finds parcels by "tờ/thửa" ("12/34", "tờ 12 thửa 34", "12-34") or by the land user's name,
 * ignoring case and Vietnamese diacritics ("nguyen van" finds "Nguyễn Văn").
 */
import type { Parcel } from './parcel';

/** Lower case without diacritics; đ becomes d. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

/** "12/34", "12-34", "tờ 12 thửa 34", "tờ 12 / thửa 34", "tờ 12, thửa 34" (folded: no diacritics). */
const SHEET_PARCEL = /^(?:to\s*)?(\d+)(?:\s*[/\-.,]\s*(?:thua\s*)?|\s+(?:thua\s*)?|\s*thua\s*)(\d+)$/;
/** "thửa 34 tờ 12", the order of official documents. */
const PARCEL_SHEET = /^thua\s*(\d+)(?:\s*[/\-.,]\s*|\s*)to\s*(\d+)$/;
const PARCEL_ONLY = /^(?:thua\s*)?(\d+)$/;

/**
 * Parcels matching the query, best first: exact tờ/thửa, then parcel number, then names. `nameOf` gives
 * the land user as the screen writes it (src/domain/land-user-name.ts: public land is written as the
 * People's Committee), so what a user reads in the table is what finds the parcel.
 */
export function searchParcels(
  parcels: readonly Parcel[], query: string, limit = 20, nameOf: (parcel: Parcel) => string = (parcel) => parcel.landUser,
): Parcel[] {
  const folded = foldVietnamese(query).replace(/\s+/g, ' ');
  if (!folded) return [];
  const sheetParcel = SHEET_PARCEL.exec(folded);
  const parcelSheet = sheetParcel ? null : PARCEL_SHEET.exec(folded);
  if (sheetParcel || parcelSheet) {
    const sheet = Number(sheetParcel ? sheetParcel[1] : parcelSheet![2]);
    const number = Number(sheetParcel ? sheetParcel[2] : parcelSheet![1]);
    return parcels.filter((p) => p.sheetNo === sheet && p.parcelNo === number).slice(0, limit);
  }
  const parcelOnly = PARCEL_ONLY.exec(folded);
  if (parcelOnly) {
    const number = Number(parcelOnly[1]);
    return parcels.filter((p) => p.parcelNo === number).sort(bySheetThenParcel).slice(0, limit);
  }
  const words = folded.split(' ');
  return parcels
    .map((parcel) => ({ parcel, name: nameOf(parcel) }))
    .filter(({ name }) => {
      const foldedName = foldVietnamese(name);
      return words.every((word) => foldedName.includes(word));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || bySheetThenParcel(a.parcel, b.parcel))
    .slice(0, limit)
    .map(({ parcel }) => parcel);
}

function bySheetThenParcel(a: Parcel, b: Parcel): number {
  return a.sheetNo - b.sheetNo || a.parcelNo - b.parcelNo;
}
