import { describe, expect, it } from 'vitest';
import { decodeText, encodingOfLabel, guessEncoding, TCVN3_TABLE } from '../../../src/io/parcel-import';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('Vietnamese legacy encodings', () => {
  it('decodes TCVN3 (ABC): "Nguyễn Văn An", "Đỗ Thị Hường"', () => {
    expect(decodeText(bytes('Nguy', 0xd4, 'n V', 0xa8, 'n An'), 'tcvn3')).toBe('Nguyễn Văn An');
    expect(decodeText(bytes(0xa7, 0xe7, ' Th', 0xde, ' H', 0xad, 0xea, 'ng'), 'tcvn3')).toBe('Đỗ Thị Hường');
    expect(TCVN3_TABLE.size).toBe(7 + 67);
  });

  it('decodes CP1258 with its separate tone marks into composed letters', () => {
    // "Nguyễn": ê (0xEA) + combining tilde (0xDE)
    const text = decodeText(bytes('Nguy', 0xea, 0xde, 'n'), 'windows-1258');
    expect(text).toBe('Nguyễn');
    expect(text).toHaveLength(6);
  });

  it('guesses: UTF-8 when valid, TCVN3 when 0xA0–0xBF letters abound, else CP1258', () => {
    expect(guessEncoding(new TextEncoder().encode('Trần Thị Bình'))).toBe('utf-8');
    expect(guessEncoding(bytes('Tr', 0xc7, 'n Th', 0xde, ' B', 0xd7, 'nh ', 0xae, 0xb8, 't'))).toBe('tcvn3');
    expect(guessEncoding(bytes('Tr', 0xe2, 0xcc, 'n Thi', 0xf2, ' Bi', 0xcc, 'nh'))).toBe('windows-1258');
  });

  it('reads .cpg labels', () => {
    expect(encodingOfLabel('UTF-8')).toBe('utf-8');
    expect(encodingOfLabel('65001')).toBe('utf-8');
    expect(encodingOfLabel('1258')).toBe('windows-1258');
    expect(encodingOfLabel('ANSI 1258')).toBe('windows-1258');
    expect(encodingOfLabel('CP1258')).toBe('windows-1258');
    expect(encodingOfLabel('TCVN3')).toBe('tcvn3');
    expect(encodingOfLabel('1252')).toBeNull();
  });
});
