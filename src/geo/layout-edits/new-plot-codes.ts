/**
 * Codes for plots a hand edit makes ("A-03" split in three: "A-03", "A-13", "A-14" when A-12 is the
 * highest of row A): the engine's form, a row letter and the next numbers after the highest that
 * letter has, so that a new plot never takes a code in use or reserved (an allocated plot's).
 */
const CODE = /^([A-Z]+)-(\d+)$/;

export function newPlotCodes(base: string, count: number, inUse: Iterable<string>): string[] {
  const taken = new Set(inUse);
  const letter = CODE.exec(base)?.[1];
  const out: string[] = [];
  if (!letter) {
    // A code renamed by hand ("Xưởng 1"): the pieces are numbered after it.
    for (let k = 2; out.length < count; k++) if (!taken.has(`${base}.${k}`)) out.push(`${base}.${k}`);
    return out;
  }
  let highest = 0;
  for (const code of taken) {
    const m = CODE.exec(code);
    if (m && m[1] === letter) highest = Math.max(highest, Number(m[2]));
  }
  for (let n = highest + 1; out.length < count; n++) {
    const code = `${letter}-${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) out.push(code);
  }
  return out;
}
