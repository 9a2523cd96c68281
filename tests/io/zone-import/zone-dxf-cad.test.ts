/**
 * DXF as AutoCAD users draw it: closed LWPOLYLINEs (the boundary, a pond inside it as a hole) on
 * Vietnamese layer names, the road as an open polyline, the homes' edge marked by XDATA.
 */
import { describe, expect, it } from 'vitest';
import { readZoneFile } from '../../../src/io/zone-import';

const E = 592600;
const N = 2306300;

function lwpolyline(layer: string, points: readonly [number, number][], closed: boolean, xdata: string[] = []): string {
  const lines = ['0', 'LWPOLYLINE', '8', layer, '90', String(points.length), '70', closed ? '1' : '0'];
  for (const [x, y] of points) lines.push('10', x.toFixed(3), '20', y.toFixed(3));
  if (xdata.length > 0) lines.push('1001', 'PHANLO', ...xdata.flatMap((t) => ['1000', t]));
  return lines.join('\n');
}

const dxf = (...entities: string[]) =>
  new TextEncoder().encode(['0', 'SECTION', '2', 'ENTITIES', ...entities, '0', 'ENDSEC', '0', 'EOF', ''].join('\n'));

const boundary: [number, number][] = [[E, N], [E + 200, N], [E + 200, N + 150], [E, N + 150]];
const pond: [number, number][] = [[E + 50, N + 50], [E + 70, N + 50], [E + 70, N + 70], [E + 50, N + 70]];

describe('a DXF drawn in AutoCAD', () => {
  it('reads layers named in Vietnamese, holes inside the boundary, and XDATA roles', async () => {
    const bytes = dxf(
      lwpolyline('Ranh giới', boundary, true),
      lwpolyline('0', pond, true),
      lwpolyline('DUONG', [[E - 10, N - 5], [E + 210, N - 5]], false),
      lwpolyline('0', [[E, N + 150], [E + 200, N + 150]], false, ['role=residential']),
      lwpolyline('0', [[E + 200, N], [E + 200, N + 150]], false),
    );
    const result = await readZoneFile({ name: 'ban-ve.dxf', bytes });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { site, unmarkedLines } = result.value;
    expect(site.zone.length).toBe(2);
    expect(site.zone[0]).toHaveLength(5);
    expect(site.zone[1]).toContainEqual([E + 50, N + 50]);
    expect(site.accessRoads).toEqual([[[E - 10, N - 5], [E + 210, N - 5]]]);
    expect(site.residentialEdges).toEqual([[[E, N + 150], [E + 200, N + 150]]]);
    expect(unmarkedLines.map((l) => l.at)).toEqual([{ feature: 4 }]);
  });

  it('refuses two boundaries on the zone layer, naming the second', async () => {
    const other: [number, number][] = [[E + 300, N], [E + 400, N], [E + 400, N + 100]];
    const result = await readZoneFile({ name: 'x.dxf', bytes: dxf(lwpolyline('zone', boundary, true), lwpolyline('zone', other, true)) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ code: 'zone-multiple', feature: 1 }));
  });

  it('says a binary or damaged DXF cannot be read', async () => {
    const result = await readZoneFile({ name: 'x.dxf', bytes: new TextEncoder().encode('AutoCAD Binary DXF\r\n\u001a\u0000') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['dxf-unreadable']);
  });
});
