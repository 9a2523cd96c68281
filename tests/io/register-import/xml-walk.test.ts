/**
 * The xlsx parts' XML walk (xml-walk.ts) on what machine-written SpreadsheetML holds: a declaration,
 * namespace prefixes, attributes in either quote with ">" inside, self-closing tags, entities and
 * character references, CDATA, comments and processing instructions; and a throw for tags that do not
 * nest or do not close (the import then falls back to ExcelJS).
 */
import { describe, expect, it } from 'vitest';
import { walkXml } from '../../../src/io/register-import/xml-walk';

const events = (xml: string, wantAttributes = true) => {
  const out: string[] = [];
  walkXml(xml, {
    open: (name, attributes) => out.push(wantAttributes ? `<${name} ${JSON.stringify(attributes())}` : `<${name}`),
    close: (name) => out.push(`</${name}`),
    text: (text) => out.push(`"${text}"`),
  });
  return out;
};

describe('walkXml', () => {
  it('reads elements, attributes and text as written', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x>
<x:styleSheet xmlns:x="urn:a"><!-- a <comment> --><x:numFmt numFmtId = '164' formatCode="[&gt;=100]0;&quot;&lt;&quot;"/><?pi data?>
<x:t xml:space="preserve">Hộ &lt;Lê&gt; &amp; con &#x1EA1;&#7841;</x:t><t><![CDATA[a <b> & c]]></t></x:styleSheet>`;
    expect(events(xml)).toEqual([
      '<styleSheet {"xmlns:x":"urn:a"}', '<numFmt {"numFmtId":"164","formatCode":"[>=100]0;\\"<\\""}',
      '</numFmt', '"\n"', '<t {"xml:space":"preserve"}', '"Hộ <Lê> & con ạạ"', '</t', '<t {}', '"a <b> & c"', '</t', '</styleSheet',
    ]);
  });

  it('finds the end of a tag whose quoted attribute holds ">"', () => {
    expect(events('<a f="x>y" g=\'>\'><b/></a>', true)).toEqual(['<a {"f":"x>y","g":">"}', '<b {}', '</b', '</a']);
  });

  it('throws on tags that do not nest or do not close', () => {
    expect(() => events('<a><b></a></b>')).toThrow();
    expect(() => events('<a><b></b>')).toThrow();
    expect(() => events('<a f="x></a>')).toThrow();
    expect(() => events('<a><![CDATA[x</a>')).toThrow();
  });
});
