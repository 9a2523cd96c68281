import { expect } from 'vitest';

export interface DxfEntity {
  type: string;
  pairs: [number, string][];
  vertices: [number, number][];
}

/**
 * A deliberately small reader, independent of the writer: checks that the text is pairs of
 * (integer group code, value) lines, that sections open and close, and collects layers and entities
 * (POLYLINE with its VERTEX list up to SEQEND).
 */
export function readDxf(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(lines.length % 2).toBe(0);
  const pairs: [number, string][] = [];
  for (let i = 0; i < lines.length; i += 2) {
    expect(lines[i], `group code at line ${i + 1}`).toMatch(/^ *-?\d{1,4}$/);
    expect(lines[i + 1]).not.toMatch(/[\r\n]/);
    pairs.push([Number(lines[i]), lines[i + 1]]);
  }
  expect(pairs.at(-1)).toEqual([0, 'EOF']);
  const sections: string[] = [];
  const layers = new Map<string, number>();
  const entities: DxfEntity[] = [];
  let section: string | null = null;
  let current: DxfEntity | null = null;
  let polyline: DxfEntity | null = null;
  for (let i = 0; i < pairs.length; i++) {
    const [code, value] = pairs[i];
    if (code === 0 && value === 'SECTION') {
      expect(section).toBeNull();
      expect(pairs[i + 1][0]).toBe(2);
      section = pairs[i + 1][1];
      sections.push(section);
      i++;
      continue;
    }
    if (code === 0 && value === 'ENDSEC') {
      expect(section).not.toBeNull();
      expect(polyline).toBeNull();
      section = null;
      current = null;
      continue;
    }
    if (code === 0 && section === 'TABLES' && value === 'LAYER') {
      const name = pairs[i + 1];
      expect(name[0]).toBe(2);
      const colour = pairs.slice(i, i + 8).find(([c]) => c === 62);
      layers.set(name[1], Number(colour?.[1]));
      continue;
    }
    if (section !== 'ENTITIES') continue;
    if (code === 0) {
      if (value === 'VERTEX') {
        expect(polyline).not.toBeNull();
        current = { type: value, pairs: [], vertices: [] };
        continue;
      }
      if (value === 'SEQEND') {
        expect(polyline).not.toBeNull();
        polyline = null;
        current = null;
        continue;
      }
      expect(polyline, `${value} inside a POLYLINE`).toBeNull();
      current = { type: value, pairs: [], vertices: [] };
      entities.push(current);
      if (value === 'POLYLINE') polyline = current;
      continue;
    }
    if (current?.type === 'VERTEX' && code === 10) {
      expect(pairs[i + 1][0]).toBe(20);
      polyline!.vertices.push([Number(value), Number(pairs[i + 1][1])]);
      i++;
    } else if (current?.type === 'VERTEX' && code === 8) {
      expect(value).toBe(polyline!.pairs.find(([c]) => c === 8)?.[1]);
    } else current?.pairs.push([code, value]);
  }
  expect(section).toBeNull();
  const valueOf = (entity: DxfEntity, code: number) => entity.pairs.find(([c]) => c === code)?.[1];
  return { pairs, sections, layers, entities, valueOf };
}
