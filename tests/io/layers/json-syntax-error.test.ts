// The JSON syntax checker that places a parse error (line, column): JSON.parse is the oracle for
// whether a text is valid, on hand-made breakages and on seeded random damage to a real fixture.
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/io/layers/json-syntax-error';
import { fixtureBytes } from './fixtures';

const valid = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('places the commonest hand edits: a stray comma, a missing comma, a single quote, an unclosed string', () => {
    expect(findJsonSyntaxError('{"features": [,]}')).toEqual({ kind: 'at', offset: 14, line: 1, column: 15 });
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')).toEqual({ kind: 'at', offset: 12, line: 3, column: 1 });
    expect(findJsonSyntaxError('{\n "a": 1\n "b": 2\n}')).toMatchObject({ line: 3, column: 2 });
    expect(findJsonSyntaxError("{'a': 1}")).toMatchObject({ line: 1, column: 2 });
    expect(findJsonSyntaxError('{"a": "x\ny"}')).toMatchObject({ line: 1, column: 9 });
    expect(findJsonSyntaxError('{"a": [1, 2')).toEqual({ kind: 'truncated' });
    expect(findJsonSyntaxError('{"a": 1} x')).toMatchObject({ line: 1, column: 10 });
  });

  it('agrees with JSON.parse on what is valid, for seeded damage to a real GeoJSON', () => {
    const text = new TextDecoder().decode(fixtureBytes('gdal/parcels-wgs84-gdal-7-decimals.geojson'));
    expect(findJsonSyntaxError(text)).toBeNull();
    let seed = 7;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const damage = [',', '}', ']', '"', ':', 'x', '', '-', '.', '1e', ' '];
    for (let trial = 0; trial < 400; trial++) {
      const at = random(text.length);
      const broken = text.slice(0, at) + damage[random(damage.length)] + text.slice(at + random(3));
      const found = findJsonSyntaxError(broken);
      expect(found === null, `trial ${trial} at ${at}`).toBe(valid(broken));
    }
  });
});
