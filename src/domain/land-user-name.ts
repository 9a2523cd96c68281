/**
 * How a parcel's land user (chủ sử dụng) is written, on the screen and on every output: the one rule,
 * so that the table, the sheets, both CSVs, the parcel record and the search all say the same. A parcel
 * with a registered user is written as registered; a parcel without one is public land, which the
 * cadastral register puts in the name of the commune-level People's Committee ("UBND xã Bình Lăng",
 * from the place-name setting), exactly as the demo data and most cadastral files write it.
 */
import { normaliseName, peoplesCommitteeName, type PlaceNames } from './place-names';

/** The land user as written on outputs; `places` names the People's Committee of public land. */
export function landUserName(landUser: string, places: PlaceNames): string {
  const name = normaliseName(landUser);
  return name === '' ? peoplesCommitteeName(places) : name;
}

