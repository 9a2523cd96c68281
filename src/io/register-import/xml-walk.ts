/**
 * Walks the XML parts of an xlsx: elements (names without their namespace prefix: "x:c" and "c" alike,
 * as some writers prefix SpreadsheetML), attributes and text with the five named entities and character
 * references decoded, CDATA as text; declarations, comments and processing instructions skipped.
 *
 * Hand-written rather than a general parser (saxes, which ExcelJS uses, took ~0.5 s for the 4 MB sheet of
 * a 10,000-row register): one regular expression finds the tags, and attributes are parsed only for the
 * elements a visitor asks about. xlsx parts are machine-written, well formed and have no DTD. What it
 * does not understand (a tag not closed, text after the root) throws, so the caller falls back to ExcelJS;
 * tests/io/register-import/xlsx-fast.test.ts compares whole grids with ExcelJS's.
 */

export interface XmlVisitor {
  /** `attributes()` parses the tag's attributes on demand (most cells need only a few). */
  open?(name: string, attributes: () => Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

// Attribute values may hold ">" (a number format such as [>=1000]0): quoted strings are matched whole.
const TOKEN = /<(\/?)([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![^>]*>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
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

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    attributes[match[1]] = decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Walks `xml`; throws where it is not well formed (tags that do not nest). */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  const { open, close, text } = visitor;
  const stack: string[] = [];
  const pattern = new RegExp(TOKEN.source, 'g');
  let last = 0;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    if (text && match.index > last && stack.length) {
      const between = xml.slice(last, match.index);
      text(decodeXmlText(between));
    }
    last = pattern.lastIndex;
    const [, closing, rawName, rawAttributes, selfClosing, cdata] = match;
    if (cdata !== undefined) { if (text && stack.length) text(cdata); continue; }
    if (rawName === undefined) continue; // comment, declaration, processing instruction
    const name = localName(rawName);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${rawName}> closes nothing open`);
      close?.(name);
      continue;
    }
    let parsed: Record<string, string> | null = null;
    open?.(name, () => (parsed ??= parseAttributes(rawAttributes)));
    if (selfClosing) close?.(name);
    else stack.push(name);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]}> not closed`);
}
