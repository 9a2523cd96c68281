/**
 * Walks the XML parts of an xlsx: elements (names without their namespace prefix: "x:c" and "c" alike,
 * as some writers prefix SpreadsheetML), attributes and text with the five named entities and character
 * references decoded, CDATA as text; declarations, comments and processing instructions skipped.
 *
 * Hand-written rather than a general parser (saxes, which ExcelJS uses, took ~0.5 s for the 4 MB sheet of
 * a 10,000-row register): a character scan finds the tags (a regular expression per tag was most of a
 * cold worker's read), and attributes are parsed only for the elements a visitor asks about. xlsx parts are machine-written, well formed and have no DTD. What it
 * does not understand (a tag not closed, text after the root) throws, so the caller falls back to ExcelJS;
 * tests/io/register-import/xlsx-fast.test.ts compares whole grids with ExcelJS's.
 */

export interface XmlVisitor {
  /** `attributes()` parses the tag's attributes on demand (most cells need only a few). */
  open?(name: string, attributes: () => Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its entity and character references replaced. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`unknown XML entity &${ref};`);
    return named;
  });
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** The attributes of a tag, from `from` (after its name) to `to` (its ">" or "/>"). */
function parseAttributes(xml: string, from: number, to: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = from;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (i >= to) break;
    const nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 /* = */ && !isSpace(xml.charCodeAt(i))) i++;
    const name = xml.slice(nameStart, i);
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) throw new Error(`attribute ${name} without a value`);
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new Error(`attribute ${name} not quoted`);
    const end = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end < 0 || end > to) throw new Error(`attribute ${name} not closed`);
    attributes[name] = decodeXmlText(xml.slice(i + 1, end));
    i = end + 1;
  }
  return attributes;
}

/** Where the tag opened at `from` ends (its ">"), quoted values skipped: a number format may hold ">". */
function tagEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === 62 /* > */) return i;
    if (code === 34 || code === 39) {
      const close = xml.indexOf(code === 34 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
    }
  }
  throw new Error('tag not closed');
}

/** Walks `xml`; throws where it is not well formed (tags that do not nest). */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  const { open, close, text } = visitor;
  const stack: string[] = [];
  let last = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', last)) {
    if (text && at > last && stack.length) text(decodeXmlText(xml.slice(last, at)));
    const next = xml.charCodeAt(at + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<![CDATA[', at)) {
        const end = xml.indexOf(']]>', at + 9);
        if (end < 0) throw new Error('CDATA not closed');
        if (text && stack.length) text(xml.slice(at + 9, end));
        last = end + 3;
      } else if (xml.startsWith('<!--', at)) {
        const end = xml.indexOf('-->', at + 4);
        if (end < 0) throw new Error('comment not closed');
        last = end + 3;
      } else last = tagEnd(xml, at + 2) + 1; // a declaration
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', at + 2);
      if (end < 0) throw new Error('processing instruction not closed');
      last = end + 2;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    let colon = -1;
    for (; nameEnd < xml.length; nameEnd++) {
      const code = xml.charCodeAt(nameEnd);
      if (code === 62 || code === 47 || isSpace(code)) break;
      if (code === 58 /* : */) colon = nameEnd;
    }
    if (nameEnd === nameStart) throw new Error('tag without a name');
    const name = xml.slice(colon < 0 ? nameStart : colon + 1, nameEnd);
    const end = xml.charCodeAt(nameEnd) === 62 ? nameEnd : tagEnd(xml, nameEnd);
    last = end + 1;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes nothing open`);
      close?.(name);
      continue;
    }
    const selfClosing = xml.charCodeAt(end - 1) === 47;
    if (open) {
      let parsed: Record<string, string> | null = null;
      open(name, () => (parsed ??= parseAttributes(xml, nameEnd, selfClosing ? end - 1 : end)));
    }
    if (selfClosing) close?.(name);
    else stack.push(name);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]}> not closed`);
}
