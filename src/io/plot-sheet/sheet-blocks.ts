/**
 * The text blocks of a plot sheet: the heading (the commune's committee, the quốc hiệu, the
 * place-and-date line, the title), the corner table, the plot's figures with the QR code, and the
 * signature blocks. Positions are millimetres from the page's top-left corner.
 */
import type { PlotFacts } from '../../domain/plot-sheet/plot-facts';
import { latLonText, mapLinkUrl } from '../../domain/plot-sheet/map-link';
import { documentDateLine, peoplesCommitteeName, placesForDocumentOn, sitePlacePhrase, type PlaceNames } from '../../domain/place-names';
import { formatAreaM2, formatCoordinateM, formatDecimal, formatLengthM } from '../../i18n/format';
import { GREY, INK, type PdfCanvas } from './pdf-canvas';
import { drawQrCode } from './qr-code';
import type { SheetWords } from './sheet-words';

/** Words of `text` in lines no wider than `widthMm`. */
export function wrapText(canvas: PdfCanvas, text: string, widthMm: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && canvas.textWidthMm(candidate, size, bold) > widthMm) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text shrunk until it fits `widthMm` (down to 6 pt). */
function fittedSize(canvas: PdfCanvas, text: string, widthMm: number, size: number, bold = false): number {
  let fitted = size;
  while (fitted > 6 && canvas.textWidthMm(text, fitted, bold) > widthMm) fitted -= 0.5;
  return fitted;
}

/**
 * The household line under the title: one line while it fits at 8.5 pt or more; a long name (a
 * cooperative's full registered name runs to 150 characters) wraps onto a second line above the
 * drawing instead of shrinking to an unreadable size and running off the page.
 */
function drawHouseholdLine(canvas: PdfCanvas, text: string, widthMm: number): void {
  const single = fittedSize(canvas, text, widthMm, 9.5, true);
  if (single >= 8.5 && canvas.textWidthMm(text, single, true) <= widthMm) {
    canvas.text(text, 15, 54, { size: single, bold: true });
    return;
  }
  const [first, ...rest] = wrapText(canvas, text, widthMm, 8.5, true);
  const second = rest.join(' ');
  canvas.text(first, 15, 52.4, { size: 8.5, bold: true });
  canvas.text(second, 15, 56.2, { size: fittedSize(canvas, second, widthMm, 8.5, true), bold: true });
}

export interface HeadingText {
  readonly places: PlaceNames;
  readonly site: string;
  readonly zone: string | null;
  readonly household: { readonly name: string; readonly offered: boolean } | null;
  readonly date: Date | null;
  readonly code: string;
}

export function drawHeading(canvas: PdfCanvas, words: SheetWords, heading: HeadingText): void {
  const places = placesForDocumentOn(heading.places, heading.date);
  const committee = peoplesCommitteeName(places).toLocaleUpperCase('vi');
  canvas.text(committee, 52, 18, { size: fittedSize(canvas, committee, 70, 10, true), bold: true, align: 'centre' });
  canvas.line(40, 20, 64, 20, 0.3);
  canvas.text(words('sheet.nationLine1'), 140, 18, { size: 10, bold: true, align: 'centre' });
  canvas.text(words('sheet.nationLine2'), 140, 23, { size: 10, bold: true, align: 'centre' });
  canvas.line(116, 25, 164, 25, 0.3);
  canvas.text(documentDateLine(places, heading.date), 195, 31, { size: 9, align: 'right' });

  canvas.text(words('sheet.title'), 105, 41, { size: 16, bold: true, align: 'centre' });
  const subtitle = words('sheet.subtitle', { code: heading.code, site: sitePlacePhrase(places, 'vi', heading.site) });
  canvas.text(subtitle, 105, 47, { size: fittedSize(canvas, subtitle, 180, 9.5), align: 'centre' });
  const household = heading.household === null ? words('sheet.householdNone')
    : words(heading.household.offered ? 'sheet.householdOffered' : 'sheet.household', { name: heading.household.name });
  drawHouseholdLine(canvas, household, heading.zone ? 110 : 180);
  if (heading.zone) {
    const zone = words('sheet.zone', { zone: heading.zone });
    canvas.text(zone, 195, 54, { size: fittedSize(canvas, zone, 65, 8.5), align: 'right', color: GREY });
  }
}

/** The corner table from y = top down to at most `bottom`; returns where it ended. */
export function drawCornerTable(canvas: PdfCanvas, words: SheetWords, facts: PlotFacts, crs: string, top: number, bottom: number): number {
  const columns = [15, 27, 60, 92, 110];
  canvas.text(words('sheet.cornerTable', { crs }), 15, top, { size: 8.5, bold: true });
  const rows = facts.corners.length + 1;
  const rowMm = Math.min(4.6, (bottom - top - 3) / rows);
  const size = Math.min(8.5, rowMm * 1.9);
  const tableTop = top + 2;
  const right = (column: number) => columns[column + 1] - 1.5;
  const header = [words('sheet.point'), words('sheet.x'), words('sheet.y'), words('sheet.edge')];
  header.forEach((text, i) => canvas.text(text, i === 0 ? (columns[0] + columns[1]) / 2 : right(i), tableTop + rowMm - 1.3,
    { size, bold: true, align: i === 0 ? 'centre' : 'right' }));
  facts.corners.forEach((corner, index) => {
    const baseline = tableTop + rowMm * (index + 2) - 1.3;
    canvas.text(String(corner.number), (columns[0] + columns[1]) / 2, baseline, { size, align: 'centre' });
    // X is the northing, Y the easting (the Vietnamese convention), to the millimetre.
    canvas.text(formatCoordinateM(corner.point[1], 'vi'), right(1), baseline, { size, align: 'right' });
    canvas.text(formatCoordinateM(corner.point[0], 'vi'), right(2), baseline, { size, align: 'right' });
    canvas.text(`${formatDecimal(corner.edgeToNextM, 'vi', 2)}`, right(3), baseline, { size, align: 'right' });
  });
  const tableBottom = tableTop + rowMm * rows;
  canvas.rectangle(columns[0], tableTop, columns[4] - columns[0], tableBottom - tableTop, { border: INK, borderMm: 0.25 });
  canvas.line(columns[0], tableTop + rowMm, columns[4], tableTop + rowMm, 0.2);
  for (const x of columns.slice(1, -1)) canvas.line(x, tableTop, x, tableBottom, 0.2);
  return tableBottom;
}

export interface Position {
  readonly latDeg: number;
  readonly lonDeg: number;
}

/** The plot's figures and its QR code, in the column right of the corner table. */
export function drawFigures(canvas: PdfCanvas, words: SheetWords, facts: PlotFacts, position: Position, top: number): void {
  const x = 116;
  const width = 79;
  let y = top;
  canvas.text(words('sheet.area', { area: formatAreaM2(facts.areaM2, 'vi') }), x, y, { size: 11, bold: true });
  y += 5.5;
  const road = facts.frontRoad
    ? words('sheet.road', { road: roadName(words, facts.frontRoad.role), width: formatLengthM(facts.frontRoad.widthM, 'vi') })
    : words('sheet.noRoad');
  const lines = [
    words('sheet.frontage', { length: formatLengthM(facts.frontageM, 'vi') }),
    words('sheet.depth', { length: formatLengthM(facts.depthM, 'vi') }),
    road,
    words('sheet.setbacks', { front: formatLengthM(facts.frontSetbackM, 'vi'), rear: formatLengthM(facts.rearSetbackM, 'vi') }),
    ...(facts.envelopeAreaM2 !== null ? [words('sheet.envelope', { area: formatAreaM2(facts.envelopeAreaM2, 'vi') })] : []),
    ...(facts.neighbours.length > 0 ? [words('sheet.neighbours', { codes: facts.neighbours.join(', ') })] : []),
  ];
  for (const line of lines) {
    for (const part of wrapText(canvas, line, width, 8.5)) {
      canvas.text(part, x, y, { size: 8.5 });
      y += 4.2;
    }
  }
  const qrTop = Math.max(y + 1, 212);
  const qrSize = 27;
  drawQrCode(canvas, mapLinkUrl(position.latDeg, position.lonDeg), x - 1, qrTop, qrSize);
  let textY = qrTop + 6;
  for (const part of [...wrapText(canvas, words('sheet.qr'), width - qrSize - 2, 7.5),
    ...wrapText(canvas, words('sheet.position', { position: latLonText(position.latDeg, position.lonDeg) }), width - qrSize - 2, 7.5)]) {
    canvas.text(part, x + qrSize + 1, textY, { size: 7.5 });
    textY += 3.6;
  }
}

function roadName(words: SheetWords, role: string): string {
  return role === 'main' ? words('present.road.main') : role === 'turnaround' ? words('present.road.turnaround') : words('present.road.branch');
}

export function drawSignatures(canvas: PdfCanvas, words: SheetWords, places: PlaceNames, top: number): void {
  const committee = peoplesCommitteeName(places).toLocaleUpperCase('vi');
  const blocks: [number, string[], string][] = [
    [42, [words('sheet.maker')], words('sheet.signHint')],
    [105, [words('sheet.cadastral')], words('sheet.signHint')],
    [165, [words('sheet.chairOnBehalf', { committee }), words('sheet.chair')], words('sheet.signSealHint')],
  ];
  for (const [centre, titles, hint] of blocks) {
    let y = top;
    for (const title of titles) {
      canvas.text(title, centre, y, { size: fittedSize(canvas, title, 58, 9, true), bold: true, align: 'centre' });
      y += 4.5;
    }
    canvas.text(hint, centre, y, { size: 7.5, align: 'centre', color: GREY });
  }
}
