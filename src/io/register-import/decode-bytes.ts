/**
 * The text of a CSV file from its bytes: UTF-8 (with or without byte order mark) when the bytes are
 * valid UTF-8, otherwise Windows-1258 (its decomposed tone marks composed to NFC), TCVN3 or VNI, told
 * apart by which reading looks most like Vietnamese. A UTF-8 file whose text was typed in a legacy font
 * and saved as such is converted too.
 */
import { detectTextEncoding, toUnicode, vietnameseScore, type TextEncoding } from './legacy-text';

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1258' | 'tcvn3' | 'vni' | 'utf-8+tcvn3' | 'utf-8+vni';

export interface DecodedText {
  readonly text: string;
  readonly encoding: FileEncoding;
}

const latin1 = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
};

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return legacyInUnicode(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return legacyInUnicode(text, 'utf-8');
  } catch {
    // Not UTF-8: one of the 8-bit encodings.
  }
  const raw = latin1(bytes);
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const candidates: [FileEncoding, string][] = [
    ['windows-1258', cp1258],
    ['tcvn3', toUnicode(raw, 'tcvn3')],
    ['vni', toUnicode(new TextDecoder('windows-1252').decode(bytes), 'vni')],
  ];
  const scored = candidates.map(([encoding, text]) => ({ encoding, text, score: vietnameseScore(text) }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  return { text: best.text, encoding: best.encoding };
}

function legacyInUnicode(text: string, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  const legacy: TextEncoding = detectTextEncoding(text.split(/\r?\n/));
  if (legacy === 'unicode') return { text: text.normalize('NFC'), encoding };
  return { text: toUnicode(text, legacy), encoding: legacy === 'tcvn3' ? 'utf-8+tcvn3' : 'utf-8+vni' };
}
