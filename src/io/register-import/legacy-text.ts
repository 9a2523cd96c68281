/**
 * Vietnamese text typed in the legacy 8-bit encodings still found in commune files, converted to Unicode
 * (NFC). Such text reaches us as the characters its bytes are in Windows-1252/Latin-1 ("NguyÔn" for
 * "Nguyễn" in TCVN3, "Nguyeãn" in VNI), from a CSV read byte for byte or an xlsx cell typed in a .VnTime
 * or VNI-Times font.
 *
 * - TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per letter; the bytes of the small letters are those of
 *   TCVN 5712 (the layout glibc's iconv calls TCVN5712-1, which tests use as the oracle). VN3 has no
 *   capitals with tone marks: they are typed with the same bytes in a capitals font (.VnTimeH, .VnArialH…),
 *   so only the cell's font tells "Ô" (ễ) from "Ễ" — pass `capitals` then.
 * - VNI (VNI-Windows): a base letter followed by a byte for its marks ("e" + "ã" = ễ), a few letters
 *   in one byte ("ô" = ơ, "ö" = ư, "ñ" = đ).
 */

/** TCVN3 bytes per vowel and tone, in the order grave, hook, tilde, acute, dot below. */
const TCVN3_TONES: Record<string, readonly number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9], 'ă': [0xbb, 0xbc, 0xbd, 0xbe, 0xc6], 'â': [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1], 'ê': [0xd2, 0xd3, 0xd4, 0xd5, 0xd6], i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4], 'ô': [0xe5, 0xe6, 0xe7, 0xe8, 0xe9], 'ơ': [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4], 'ư': [0xf5, 0xf6, 0xf7, 0xf8, 0xf9], y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
/** Letters without tone: the small ones, and the seven capitals VN3 has (Ă Â Ê Ô Ơ Ư Đ). */
const TCVN3_PLAIN: Record<number, string> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
};

const TCVN3_MAP = new Map<number, string>();
for (const [code, letter] of Object.entries(TCVN3_PLAIN)) TCVN3_MAP.set(Number(code), letter);
for (const [vowel, codes] of Object.entries(TCVN3_TONES)) {
  codes.forEach((code, tone) => TCVN3_MAP.set(code, (vowel + TONE_MARKS[tone]).normalize('NFC')));
}

/** TCVN3 text (as Latin-1 characters) in Unicode; `capitals` for text in a .VnTimeH-style font. */
export function tcvn3ToUnicode(text: string, options: { capitals?: boolean } = {}): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += (code <= 0xff ? TCVN3_MAP.get(code) : undefined) ?? char;
  }
  return options.capitals ? out.toLocaleUpperCase('vi') : out.normalize('NFC');
}

/** VNI's mark bytes (small and capital forms) and the combining marks they stand for. */
const VNI_MARKS: Record<string, string> = {};
const VNI_MARK_TABLE: [string, string][] = [
  ['ù', '\u0301'], ['ø', '\u0300'], ['û', '\u0309'], ['õ', '\u0303'], ['ï', '\u0323'],
  ['â', '\u0302'], ['ê', '\u0306'],
  ['á', '\u0302\u0301'], ['à', '\u0302\u0300'], ['å', '\u0302\u0309'], ['ã', '\u0302\u0303'], ['ä', '\u0302\u0323'],
  ['é', '\u0306\u0301'], ['è', '\u0306\u0300'], ['ú', '\u0306\u0309'], ['ü', '\u0306\u0303'], ['ë', '\u0306\u0323'],
];
for (const [small, marks] of VNI_MARK_TABLE) {
  VNI_MARKS[small] = marks;
  VNI_MARKS[small.toUpperCase()] = marks;
}
/** Letters VNI writes in one byte. */
const VNI_LETTERS: Record<string, string> = {
  'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ',
  'æ': 'ỉ', 'Æ': 'Ỉ', 'ó': 'ĩ', 'Ó': 'Ĩ', 'ò': 'ị', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ',
};
const VOWEL = /[aeiouyAEIOUYơƠưƯ]/;

/** VNI text (as Latin-1 characters) in Unicode. */
export function vniToUnicode(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const base = VNI_LETTERS[char] ?? char;
    const next = chars[i + 1];
    if (VOWEL.test(base) && next !== undefined && VNI_MARKS[next] !== undefined) {
      out += base + VNI_MARKS[next];
      i++;
    } else out += base;
  }
  return out.normalize('NFC');
}

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

/** Every letter of Vietnamese in Unicode (NFC), small and capital, with the letters of English. */
const VIETNAMESE_LETTER = /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/;
const TONED = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gi;

/** A Vietnamese syllable once its marks are removed: onset, vowel nucleus (with its glide), final. */
const SYLLABLE = new RegExp(
  '^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?' +
  '(oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|ieu|yeu|uai|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|yu|a|e|i|o|u|y)' +
  '(ch|ng|nh|[cmnpt])?$',
);

const foldMarks = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

/**
 * How Vietnamese a text reads: words of Vietnamese letters only, cased as words are (first letter or all
 * capitals), with at most one tone mark and the shape of a Vietnamese syllable, count one each; other
 * words with letters beyond ASCII count minus one. Plain ASCII words count nothing (names of brands, codes).
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(/[\s,;:/()."'\-–0-9]+/)) {
    if (!word || !/[^ -~]/.test(word)) continue; // plain ASCII
    const tones = word.match(TONED)?.length ?? 0;
    const rest = word.slice(1);
    const cased = rest === rest.toLowerCase() || word === word.toUpperCase();
    score += VIETNAMESE_LETTER.test(word) && tones <= 1 && cased && SYLLABLE.test(foldMarks(word)) ? 1 : -1;
  }
  return score;
}

/** Whether texts hold legacy-encoded Vietnamese, by which reading of them looks most like Vietnamese. */
export function detectTextEncoding(texts: readonly string[]): TextEncoding {
  const sample = texts.filter((text) => /[\u0080-\u00ff]/.test(text)).slice(0, 2000).join('\n');
  if (!sample) return 'unicode';
  const scores: [TextEncoding, number][] = [
    ['unicode', vietnameseScore(sample)],
    ['tcvn3', vietnameseScore(tcvn3ToUnicode(sample))],
    ['vni', vietnameseScore(vniToUnicode(sample))],
  ];
  return scores.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

/** A text in Unicode from the given encoding. */
export function toUnicode(text: string, encoding: TextEncoding, capitals = false): string {
  if (encoding === 'tcvn3') return tcvn3ToUnicode(text, { capitals });
  if (encoding === 'vni') return vniToUnicode(text);
  return text.normalize('NFC');
}

/** The encoding a cell's font says its text is in: .VnTime, .VnTimeH (capitals), VNI-Times… */
export function encodingOfFont(fontName: string | undefined): { encoding: TextEncoding; capitals: boolean } | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name) };
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}
