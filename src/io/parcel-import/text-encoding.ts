/**
 * Text in the encodings Vietnamese cadastral files really come in: UTF-8; Windows-1258 (CP1258, what
 * a .cpg of "1258" names, with tone marks as separate combining bytes); and TCVN3 (ABC, the
 * ".VnTime" font encoding of legacy MapInfo/MicroStation-era data, which no .cpg names and no
 * TextDecoder knows). VNI is not decoded: its tone marks share bytes with CP1258 letters.
 */
export type TextEncoding = 'utf-8' | 'windows-1258' | 'tcvn3';

/**
 * TCVN 5712:1993 VN3 ("ABC"): lower-case letters with their tones, plus the seven toneless capitals.
 * Toned capitals live in a separate font (.VnTimeH) at the lower-case code points.
 */
const TCVN3_PAIRS =
  'b5à b6ả b7ã b8á b9ạ a8ă bbằ bcẳ bdẵ beắ c6ặ a9â c7ầ c8ẩ c9ẫ caấ cbậ aeđ ' +
  'ccè ceẻ cfẽ d0é d1ẹ aaê d2ề d3ể d4ễ d5ế d6ệ d7ì d8ỉ dcĩ ddí deị ' +
  'dfò e1ỏ e2õ e3ó e4ọ abô e5ồ e6ổ e7ỗ e8ố e9ộ acơ eaờ ebở ecỡ edớ eeợ ' +
  'efù f1ủ f2ũ f3ú f4ụ adư f5ừ f6ử f7ữ f8ứ f9ự faỳ fbỷ fcỹ fdý feỵ ' +
  'a1Ă a2Â a3Ê a4Ô a5Ơ a6Ư a7Đ';

/** Byte → character of TCVN3 for the bytes 0x80–0xFF it defines. */
export const TCVN3_TABLE: ReadonlyMap<number, string> = new Map(
  TCVN3_PAIRS.split(' ').map((pair) => [parseInt(pair.slice(0, 2), 16), pair.slice(2)] as const),
);

function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : (TCVN3_TABLE.get(b) ?? '\ufffd');
  return out;
}

/** Decodes bytes; CP1258's separate tone marks are composed (NFC) so that "ễ" is one character. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvn3(bytes);
  return new TextDecoder(encoding).decode(bytes).normalize('NFC');
}

/** Whether the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The most likely encoding of text bytes: UTF-8 when they are valid UTF-8 (plain ASCII is); else TCVN3
 * or CP1258. Vietnamese in CP1258 puts its letters at 0xC0–0xFF and almost never uses 0xA0–0xBF,
 * which are symbols there (µ ¶ ¸ ¹ «); TCVN3 puts its commonest letters there (à á ạ â ê ô ơ ư đ).
 */
export function guessEncoding(bytes: Uint8Array): TextEncoding {
  if (isUtf8(bytes)) return 'utf-8';
  let high = 0;
  let symbolRange = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xa0 && b <= 0xbf) symbolRange++;
  }
  return symbolRange > 0.2 * high ? 'tcvn3' : 'windows-1258';
}

/**
 * The encoding a shapefile .cpg (or a user) names: "UTF-8", "65001", "1258", "ANSI 1258", "CP1258",
 * "windows-1258", "TCVN3", "ABC". Null for anything else.
 */
export function encodingOfLabel(label: string): TextEncoding | null {
  const l = label.trim().toLowerCase().replace(/[\s_]/g, '');
  if (/^(utf-?8|65001)$/.test(l)) return 'utf-8';
  if (/^(ansi)?(cp|windows-?)?1258$/.test(l)) return 'windows-1258';
  if (/^(tcvn-?3?|vn3|abc)$/.test(l)) return 'tcvn3';
  return null;
}
