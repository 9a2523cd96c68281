// Drawing a zone in #/plan, in Chromium against the built app: by clicks near the demo zone's corners
// (the pointer snaps onto them), and by typed VN-2000 coordinates. The drawn zone has no public road, so
// edge marking opens; marking an edge lays it out. Expected areas are shoelaces of the corners computed
// here, and expected plot codes come from the engine run in Node on a site built by hand.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPlane, planeProjection, type PlanePoint } from '../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../src/geo/layout';
import type { ZoneSite } from '../../src/geo/zone-site';
import type { AppSession } from './harness';
import { ZONE_FILE } from './plan-data';
import { openPlanWorkspace, screenshotIfAsked, waitForLayout, layoutVersion, listCodes } from './plan-page';

const projection = planeProjection('EPSG:9209');
const zoneFile = JSON.parse(readFileSync(ZONE_FILE, 'utf8')) as { features: { properties: { role: string }; geometry: { coordinates: number[][][] } }[] };
/** The demo zone's corners (VN-2000 plane, [E, N]) without the closing repeat. */
const DEMO_CORNERS = zoneFile.features.find((f) => f.properties.role === 'zone')!.geometry.coordinates[0].slice(0, -1);
const parcelsFile = JSON.parse(readFileSync(ZONE_FILE.replace('dong-doc-zone', 'dong-doc-parcels'), 'utf8')) as { features: { geometry: { coordinates: number[][][] } }[] };
/** Every corner drawing may snap to: the parcels' and the zone's, as the files give them. */
const SNAP_CORNERS = [...parcelsFile.features.flatMap((f) => f.geometry.coordinates.flat()), ...DEMO_CORNERS];
/** The file corner a drawn corner lies on (within 2 mm), or undefined. */
const fileCornerAt = (p: number[]) => SNAP_CORNERS.find((q) => Math.abs(q[0] - p[0]) < 0.002 && Math.abs(q[1] - p[1]) < 0.002);
/** The four demo corners the click test aims at, and the corners it drew (set by the first test). */
const AIMED = [DEMO_CORNERS[0], DEMO_CORNERS[1], DEMO_CORNERS[2], DEMO_CORNERS[5]];
let drawn: number[][] = [];
/** The zone the typed-coordinates test opened (its corners as stored, to the millimetre). */
let typedZone: number[][] = [];

const shoelace = (corners: readonly number[][]) => Math.abs(corners.reduce((s, p, i) => {
  const q = corners[(i + 1) % corners.length];
  return s + (p[0] - corners[0][0]) * (q[1] - corners[0][1]) - (q[0] - corners[0][0]) * (p[1] - corners[0][1]);
}, 0)) / 2;
/** "1.250,3 m²" → 1250.3 */
const readArea = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
/** The engine in Node, on a site made here: the zone and one public road along edge `roadEdge`. */
function engineCodes(corners: readonly number[][], roadEdge: number): string[] {
  const ring = corners.map((p) => asPlane([p[0], p[1]]));
  const ccw = ring.reduce((s, p, i) => s + p[0] * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * p[1], 0) > 0;
  const site: ZoneSite = {
    name: 'drawn', source: 'test', crs: 'EPSG:9209', zone: [[...(ccw ? ring : [...ring].reverse()), ccw ? ring[0] : ring[ring.length - 1]]],
    accessRoads: [[ring[roadEdge], ring[(roadEdge + 1) % ring.length]] as PlanePoint[]], residentialEdges: [], entrance: null,
  };
  const result = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
  if (!result.ok) throw new Error(`engine refused: ${JSON.stringify(result.errors)}`);
  return result.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
}

const screenPoint = (page: Page, plane: number[]) => {
  const [lng, lat] = projection.toLngLat([plane[0], plane[1]]);
  return page.evaluate(([a, b]) => window.__phanloPlanMap!.screenPointOf(a, b), [lng, lat] as const);
};
async function tableCorners(page: Page): Promise<number[][]> {
  const rows = await page.getByTestId('zone-draw-corners').locator('tbody tr').count();
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const x = Number((await page.getByTestId(`zone-draw-x-${i}`).inputValue()).replace(',', '.'));
    const y = Number((await page.getByTestId(`zone-draw-y-${i}`).inputValue()).replace(',', '.'));
    out.push([y, x]);
  }
  return out;
}

describe('#/plan: drawing a zone', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws by clicks that snap to the zone corners, with live lengths and area in plane metres', async () => {
    await page.getByTestId('plan-draw').click();
    await page.getByTestId('zone-draw').waitFor();
    // One step out, so that every corner is clear of the map's tool bars; then wait for the view to settle.
    await page.locator('.maplibregl-ctrl-zoom-out').click();
    let last = '';
    await expect.poll(async () => {
      const now = JSON.stringify(await screenPoint(page, DEMO_CORNERS[0]));
      const settled = now === last;
      last = now;
      return settled;
    }, { interval: 300, timeout: 10_000 }).toBe(true);
    // Four corners of the demo zone, each clicked 4 px off: the pointer snaps onto the corner.
    const picked = AIMED;
    for (const corner of picked) {
      const { x, y } = await screenPoint(page, corner);
      await page.mouse.move(x + 3, y - 2);
      await page.mouse.click(x + 3, y - 2);
    }
    // Live, before the ring closes: the pointer's corner counts.
    expect(readArea(await page.getByTestId('zone-draw-area').innerText())).toBeGreaterThan(1000);
    const first = await screenPoint(page, picked[0]);
    await page.mouse.move(first.x + 2, first.y + 2);
    await page.mouse.click(first.x + 2, first.y + 2);
    await expect.poll(() => page.getByTestId('zone-draw-save').isEnabled(), { timeout: 10_000 }).toBe(true);
    await screenshotIfAsked(page, 'plan-draw-clicks');
    const corners = await tableCorners(page);
    expect(corners).toHaveLength(4);
    // Each corner snapped onto a parcel or zone corner of the files (not where the pointer was), near the one aimed at.
    drawn = corners.map((c, i) => {
      const onCorner = fileCornerAt(c);
      expect(onCorner, `corner ${i + 1} on a file corner`).toBeDefined();
      expect(Math.hypot(c[0] - picked[i][0], c[1] - picked[i][1]), `corner ${i + 1} near the aimed one`).toBeLessThan(5);
      return onCorner!;
    });
    const shown = readArea(await page.getByTestId('zone-draw-area').innerText());
    expect(Math.abs(shown - shoelace(drawn))).toBeLessThanOrEqual(0.1);
    const firstEdge = Math.hypot(drawn[1][0] - drawn[0][0], drawn[1][1] - drawn[0][1]);
    expect(Number((await page.getByTestId('zone-draw-length-0').inputValue()).replace(',', '.'))).toBeCloseTo(firstEdge, 2);
  });

  it('opens the drawn zone as a new variant, asks for its public road, and lays it out once an edge is marked', async () => {
    await page.getByTestId('zone-draw-save').click();
    await page.getByTestId('edge-marking').waitFor();
    await expect.poll(async () => (await page.getByTestId('variant-select').locator('option').allInnerTexts()).length).toBe(2);
    const before = await layoutVersion(page);
    // Edge 1 (corner 1 → 2) of the drawn ring lies on the district road.
    await page.getByTestId('edge-0-access-road').click();
    await waitForLayout(page, before);
    expect(drawn).toHaveLength(4);
    await expect.poll(() => listCodes(page, { openTab: true }), { timeout: 30_000 }).toEqual(engineCodes(drawn, 0));
    await page.getByTestId('plan-tab-balance').click();
    const total = readArea(await page.getByTestId('balance-area-total').innerText());
    expect(Math.abs(total - shoelace(drawn))).toBeLessThanOrEqual(0.1);
    await screenshotIfAsked(page, 'plan-draw-marked');
  });

  it('draws by typed X/Y coordinates and lays the zone out as the engine does', async () => {
    // A 180 m × 140 m rectangle south-east of the demo zone's first corner, typed as X (north) and Y (east).
    const [e0, n0] = [592640, 2306310];
    const typed = [[e0, n0], [e0 + 180, n0 - 20], [e0 + 200, n0 + 120], [e0 + 20, n0 + 140]];
    await page.getByTestId('plan-draw').click();
    await page.getByTestId('zone-draw').waitFor();
    await page.getByText('Nhập toạ độ góc (X, Y VN-2000)').click();
    await page.getByTestId('zone-draw-paste').fill(typed.map(([e, n], i) => `${i + 1}\t${String(n).replace('.', ',')}\t${e}`).join('\n'));
    await page.getByTestId('zone-draw-paste-apply').click();
    await expect.poll(() => tableCorners(page)).toEqual(typed);
    expect(readArea(await page.getByTestId('zone-draw-area').innerText())).toBeCloseTo(shoelace(typed), 1);
    // A typed length makes edge 1 exactly 190 m along its bearing.
    await page.getByTestId('zone-draw-length-0').fill('190');
    await page.getByTestId('zone-draw-length-0').press('Enter');
    const bearing = Math.atan2(typed[1][1] - typed[0][1], typed[1][0] - typed[0][0]);
    const moved = [typed[0][0] + 190 * Math.cos(bearing), typed[0][1] + 190 * Math.sin(bearing)];
    await expect.poll(async () => (await tableCorners(page))[1].map((v) => Math.round(v * 1000) / 1000)).toEqual(moved.map((v) => Math.round(v * 1000) / 1000));
    const exact = [typed[0], (await tableCorners(page))[1], typed[2], typed[3]];
    await page.getByTestId('zone-draw-save').click();
    await page.getByTestId('edge-marking').waitFor();
    const before = await layoutVersion(page);
    await page.getByTestId('edge-0-access-road').click();
    await waitForLayout(page, before);
    await expect.poll(() => listCodes(page, { openTab: true }), { timeout: 30_000 }).toEqual(engineCodes(exact, 0));
    await page.getByTestId('plan-tab-balance').click();
    expect(Math.abs(readArea(await page.getByTestId('balance-area-total').innerText()) - shoelace(exact))).toBeLessThanOrEqual(0.1);
    typedZone = exact;
  });

  it('edits the drawn zone later: a typed corner moves, the public road edge keeps its role, the layout follows', async () => {
    expect(typedZone).toHaveLength(4);
    await page.getByTestId('plan-edit-zone').click();
    await page.getByTestId('zone-draw').waitFor();
    expect(await tableCorners(page)).toEqual(typedZone.map((p) => p.map((v) => Math.round(v * 1000) / 1000)));
    // The zone is on the map to edit: terra-draw's polygon and its corner handles are drawn.
    await expect.poll(() => page.evaluate(() => window.__phanloPlanTools!.renderedDrawnCorners()), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    // A corner dragged on the map moves in the table, and the area follows (then typed back exactly).
    const handle = await screenPoint(page, typedZone[3]);
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(handle.x - 4 * step, handle.y - 2 * step);
    await page.mouse.up();
    await expect.poll(async () => Math.hypot(...(await tableCorners(page))[3].map((v, k) => v - typedZone[3][k])), { timeout: 10_000 }).toBeGreaterThan(5);
    const dragged = await tableCorners(page);
    expect(readArea(await page.getByTestId('zone-draw-area').innerText())).toBeCloseTo(shoelace(dragged), 0);
    await page.getByTestId('zone-draw-x-3').fill(String(typedZone[3][1]));
    await page.getByTestId('zone-draw-x-3').press('Enter');
    await page.getByTestId('zone-draw-y-3').fill(String(typedZone[3][0]));
    await page.getByTestId('zone-draw-y-3').press('Enter');
    await expect.poll(() => tableCorners(page)).toEqual(typedZone.map((p) => p.map((v) => Math.round(v * 1000) / 1000)));
    // Corner 3 moves 15 m north (X grows); edges 2 and 3 change, edge 1 (the public road) stays.
    const moved = typedZone.map((p, i) => (i === 2 ? [p[0], p[1] + 15] : p));
    await page.getByTestId('zone-draw-x-2').fill(String(moved[2][1]).replace('.', ','));
    await page.getByTestId('zone-draw-x-2').press('Enter');
    await expect.poll(async () => readArea(await page.getByTestId('zone-draw-area').innerText())).toBeCloseTo(shoelace(moved), 1);
    if (process.env.SCREENSHOT_DIR) {
      await page.setViewportSize({ width: 800, height: 1280 });
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/plan-draw-edit-portrait.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    const before = await layoutVersion(page);
    await page.getByTestId('zone-draw-save').click();
    await waitForLayout(page, before);
    await expect.poll(() => listCodes(page, { openTab: true }), { timeout: 30_000 }).toEqual(engineCodes(moved, 0));
    await page.getByTestId('plan-tab-balance').click();
    expect(Math.abs(readArea(await page.getByTestId('balance-area-total').innerText()) - shoelace(moved))).toBeLessThanOrEqual(0.1);
    // One undoable edit: Ctrl+Z gives the typed zone back.
    const again = await layoutVersion(page);
    await page.locator('.map').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+z');
    await waitForLayout(page, again);
    await expect.poll(async () => Math.abs(readArea(await page.getByTestId('balance-area-total').innerText()) - shoelace(typedZone)), { timeout: 30_000 }).toBeLessThanOrEqual(0.1);
  });
});
