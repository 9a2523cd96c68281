/**
 * Reads a printed drawing's scale bar back out of a PDF with poppler's `pdftotext -bbox`, not with
 * phanlo's code: the stated scale ("Tỷ lệ 1:1.000"), the bar's labels ("0", "25", "50 m") and where
 * each is centred on the page. A test then checks, as an official with a ruler would, that the paper
 * distance between the labels is the ground distance they name at the stated scale.
 */
import { execFileSync } from 'node:child_process';

const POINTS_PER_MM = 72 / 25.4;

interface Word { readonly text: string; readonly xMin: number; readonly xMax: number; readonly yMin: number }

function words(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
    .map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] }));
}

/** A vi-VN number as printed: "1.000" → 1000, "12,5" → 12.5; NaN when it is not one. */
const viNumber = (text: string) => (/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(text) ? Number(text.replace(/\./g, '').replace(',', '.')) : NaN);

export interface ScaleBarReadBack {
  /** The denominator of the scale the page states. */
  readonly scale: number;
  /** The bar's labels, left to right, with the page distance (mm) of each label's centre from the "0". */
  readonly ticks: readonly { readonly metres: number; readonly fromZeroMm: number }[];
  /** Whether the page carries the north arrow's letter "B" (Bắc) as a word of its own. */
  readonly north: boolean;
}

export function readScaleBar(pdf: string, page = 1): ScaleBarReadBack {
  const all = words(pdf, page);
  const stated = all.map((w) => /^1:([\d.]+)$/.exec(w.text)).find(Boolean);
  if (!stated) throw new Error('no "1:…" scale on the page');
  // The bar's labels share a baseline: "0", the middle number, the end number and its unit "m".
  for (const zero of all.filter((w) => w.text === '0')) {
    const line = all.filter((w) => Math.abs(w.yMin - zero.yMin) < 0.5 && w.xMin >= zero.xMin).sort((a, b) => a.xMin - b.xMin);
    const [, middle, end, unit] = line;
    if (!unit || unit.text !== 'm' || !(viNumber(middle.text) > 0) || !(viNumber(end.text) > 0)) continue;
    const centre = (from: Word, to: Word = from) => (from.xMin + to.xMax) / 2;
    const zeroAt = centre(zero);
    return {
      scale: viNumber(stated[1]),
      ticks: [
        { metres: 0, fromZeroMm: 0 },
        { metres: viNumber(middle.text), fromZeroMm: (centre(middle) - zeroAt) / POINTS_PER_MM },
        // "50 m" is centred as one label on the end tick.
        { metres: viNumber(end.text), fromZeroMm: (centre(end, unit) - zeroAt) / POINTS_PER_MM },
      ],
      north: all.some((w) => w.text === 'B'),
    };
  }
  throw new Error('no scale bar labels ("0 … … m" on one line) on the page');
}
