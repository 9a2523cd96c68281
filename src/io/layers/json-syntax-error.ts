/**
 * Where broken JSON first goes wrong, as line and column, for a message a user can act on. Browsers'
 * JSON.parse messages are English and often give no place at all ("Unexpected token ',', … is not
 * valid JSON"), so after a failed parse the text is scanned once more by this small checker of the
 * JSON grammar (RFC 8259). Only run on failure; never used to read values.
 */

export type JsonSyntaxError =
  | { readonly kind: 'at'; readonly offset: number; readonly line: number; readonly column: number }
  | { readonly kind: 'truncated' };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold control characters (U+0000–U+001F): matching them is the point here.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Stop extends Error {
  constructor(readonly offset: number) {
    super('json syntax');
  }
}

/** The first syntax error of `text` (line and column 1-based), or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let at = 0;
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text[at])) at++;
  };
  const expect = (char: string) => {
    skip();
    if (text[at] !== char) throw new Stop(at);
    at++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else throw new Stop(at);
  };
  const string = () => {
    expect('"');
    STRING_BODY.lastIndex = at;
    if (!STRING_BODY.test(text)) {
      // Stop at the first character the string may not hold, or at the end.
      let i = at;
      while (i < text.length && text[i] !== '"' && text.charCodeAt(i) >= 0x20) i += text[i] === '\\' ? 2 : 1;
      throw new Stop(i);
    }
    at = STRING_BODY.lastIndex;
  };
  const value = (): void => {
    skip();
    const c = text[at];
    if (c === '{') {
      at++;
      skip();
      if (text[at] === '}') { at++; return; }
      for (;;) {
        skip();
        string();
        expect(':');
        value();
        skip();
        if (text[at] === ',') { at++; continue; }
        expect('}');
        return;
      }
    }
    if (c === '[') {
      at++;
      skip();
      if (text[at] === ']') { at++; return; }
      for (;;) {
        value();
        skip();
        if (text[at] === ',') { at++; continue; }
        expect(']');
        return;
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) { at = NUMBER.lastIndex; return; }
    throw new Stop(at);
  };
  try {
    value();
    skip();
    if (at < text.length) throw new Stop(at);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    if (error.offset >= text.length) return { kind: 'truncated' };
    const before = text.slice(0, error.offset).split('\n');
    return { kind: 'at', offset: error.offset, line: before.length, column: before[before.length - 1].length + 1 };
  }
}
