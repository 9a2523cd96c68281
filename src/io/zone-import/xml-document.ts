/**
 * XML for the KML reader: the browser's own DOMParser where there is one, else @xmldom/xmldom (Node
 * tests, the command line). xmldom was chosen over fast-xml-parser because it gives the same DOM API
 * as the browser, so the reader has one code path and the tests exercise it; it is maintained, small
 * and has no dependencies. Either way a document that is not well-formed gives null, never a throw.
 */
export type XmlParser = (text: string) => Document | null;

/** The browser's parser: a malformed document comes back holding a <parsererror> element. */
export function browserXmlParser(Parser: typeof DOMParser): XmlParser {
  return (text) => {
    const doc = new Parser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror').length > 0 ? null : doc;
  };
}

/** The parser for this environment, loading xmldom only where the platform has none. */
export async function loadXmlParser(): Promise<XmlParser> {
  if (typeof globalThis.DOMParser === 'function') return browserXmlParser(globalThis.DOMParser);
  const { DOMParser: XmlDomParser } = await import('@xmldom/xmldom');
  return (text) => {
    try {
      // Errors and fatal errors both mean a file we must not half-read; warnings are harmless.
      const parser = new XmlDomParser({
        onError: (level: string) => {
          if (level !== 'warning') throw new Error('xml');
        },
      });
      return parser.parseFromString(text, 'application/xml') as unknown as Document;
    } catch {
      return null;
    }
  };
}

/** Child elements of `node` with this local name (namespace prefixes ignored, as KML files vary). */
export function childElements(node: Node, localName?: string): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 1 && (localName === undefined || (child as Element).localName === localName)) out.push(child as Element);
  }
  return out;
}

/** Every descendant element with this local name, in document order. */
export function descendants(node: Node, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (const child of childElements(n)) {
      if (child.localName === localName) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** The trimmed text of the first child element with this name, or null. */
export function childText(node: Node, localName: string): string | null {
  const el = childElements(node, localName)[0];
  return el ? (el.textContent ?? '').trim() : null;
}
