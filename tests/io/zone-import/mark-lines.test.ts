import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markLines, readZoneFile } from '../../../src/io/zone-import';

const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/zone-import/zone-unmarked.kml', import.meta.url)));

describe('marking the lines a file gives no role', () => {
  it('turns each into a public road or an edge facing homes, and the zone is then ready', async () => {
    const read = await readZoneFile({ name: 'zone-unmarked.kml', bytes });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const [road, homes] = read.value.unmarkedLines;
    const marked = markLines(read.value, ['access-road', 'residential']);
    expect(marked.site.accessRoads).toEqual([road.line]);
    expect(marked.site.residentialEdges).toEqual([homes.line]);
    expect(marked.accessRoadWidthsM).toEqual([null]);
    expect(marked.unmarkedLines).toEqual([]);
    expect(marked.needsMarking).toBe(false);
  });

  it('still needs marking while no line is a public road', async () => {
    const read = await readZoneFile({ name: 'zone-unmarked.kml', bytes });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const marked = markLines(read.value, [null, 'residential']);
    expect(marked.needsMarking).toBe(true);
    expect(marked.site.residentialEdges).toHaveLength(1);
  });
});
