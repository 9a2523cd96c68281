/**
 * How a parcel's land user (chủ sử dụng) is written, on the screen and on every output: the one rule,
 * so that the table, the sheets, both CSVs, the parcel record and the search all say the same. A parcel
 * with a registered user is written as registered; a parcel without one is public land, which the
 * cadastral register puts in the name of the commune-level People's Committee ("UBND xã Bình Lăng",
 * from the place-name setting), exactly as the demo data and most cadastral files write it. In English
 * that committee is described in English ("People’s Committee of Bình Lăng Commune"), whether the file
 * leaves the user empty or writes the committee's Vietnamese name; any other name stays as registered.
 */
import type { Language } from '../i18n/translate';
import { normaliseName, peoplesCommitteeName, type PlaceNames } from './place-names';

/** "Ủy ban nhân dân" / "Uỷ ban nhân dân" (both spellings are in use), which "UBND" abbreviates. */
const COMMITTEE_IN_FULL = /^(?:ủy|uỷ) ban nhân dân /u;

/** Whether a registered name is the commune's People's Committee of `places` (any case, "UBND" or in full). */
function isCommuneCommittee(name: string, places: PlaceNames): boolean {
  const folded = name.toLocaleLowerCase('vi').replace(COMMITTEE_IN_FULL, 'ubnd ');
  return folded === peoplesCommitteeName(places, 'vi').toLocaleLowerCase('vi');
}

/**
 * The land user as written on outputs in `language` (Vietnamese by default: the register's words and
 * the machine CSV); `places` names the People's Committee of public land. Applied to its own result it
 * gives the same, so a table holding the Vietnamese name may be said in English at the screen.
 */
export function landUserName(landUser: string, places: PlaceNames, language: Language = 'vi'): string {
  const name = normaliseName(landUser);
  if (name === '') return peoplesCommitteeName(places, language);
  return language !== 'vi' && isCommuneCommittee(name, places) ? peoplesCommitteeName(places, language) : name;
}
