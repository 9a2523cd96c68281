/**
 * Legacy Vietnamese encodings. TCVN3 is checked against glibc's iconv (TCVN5712-1 has TCVN3/ABC's
 * bytes for every small letter and the seven plain capitals): every letter of the alphabet goes through
 * iconv and back through our table. VNI is checked against bytes typed from the VNI-Windows table as
 * published (duydev/vietnamese-conversion, src/charsets.ts; VNI Software's font layout).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectTextEncoding, encodingOfFont, tcvn3ToUnicode, vniToUnicode } from '../../../src/io/register-import/legacy-text';

const SMALL = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
const latin1 = (bytes: Buffer) => bytes.toString('latin1');
const iconvTcvn = (text: string) => latin1(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: text }));

describe('TCVN3', () => {
  it('reads every small letter and plain capital as iconv writes it', () => {
    for (const letter of [...SMALL, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) {
      expect(tcvn3ToUnicode(iconvTcvn(letter)), letter).toBe(letter);
    }
  });
  it('reads capitals typed in a .VnTimeH font from the small letters\' bytes', () => {
    expect(tcvn3ToUnicode(iconvTcvn('nguyễn văn đức'), { capitals: true })).toBe('NGUYỄN VĂN ĐỨC');
  });
  it('knows the fonts', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('.VnArialH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
  });
});

describe('VNI', () => {
  it('reads a base letter and its mark byte', () => {
    // Bytes typed from the VNI-Windows table: e + E3 (ã) = ễ, a + EA (ê) = ă, F1 (ñ) = đ, ö ô ø = ườ.
    expect(vniToUnicode(latin1(Buffer.from('Nguye\xe3n Va\xean \xd1\xf6\xf9c', 'latin1')))).toBe('Nguyễn Văn Đức');
    expect(vniToUnicode(latin1(Buffer.from('Ng\xf6\xf4\xf8i \xf1a\xefi die\xe4n', 'latin1')))).toBe('Người đại diện');
    expect(vniToUnicode(latin1(Buffer.from('\xd1\xf2a ch\xe6 th\xf2', 'latin1')))).toBe('Địa chỉ thị');
  });
});

describe('detecting legacy text', () => {
  it('tells Unicode, TCVN3 and VNI apart', () => {
    expect(detectTextEncoding(['Nguyễn Văn An', 'thôn Đồng Dọc', 'Bình Lăng'])).toBe('unicode');
    expect(detectTextEncoding([iconvTcvn('Nguyễn Văn An'), iconvTcvn('thôn Đồng Dọc, Bình Lăng')])).toBe('tcvn3');
    expect(detectTextEncoding(['Nguye\xe3n Va\xean An', 'tho\xe2n \xd1o\xe0ng Do\xefc'])).toBe('vni');
    expect(detectTextEncoding(['Cong ty ABC', '0912345678'])).toBe('unicode');
  });
});
