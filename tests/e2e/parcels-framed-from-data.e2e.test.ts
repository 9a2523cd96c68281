// The parcel map takes its view from the data, not from a place written in the code (issue 6, "take
// the centre from the data"): a layer 25 km from the demo, imported over it, is drawn in full, and a
// reload opens on it. A map with a centre of its own would show an empty stretch of fields instead.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, previewParcelImport, renderedParcelIds, ROOT, waitForParcelsDrawn, type AppSession } from './harness';

const SOURCE = join(ROOT, 'tests', 'fixtures', 'import', 'parcels-vn2000.geojson');
/** The shift of the copy, VN-2000 metres: 25 km east and 12 km north of the demo, still in EPSG:9209. */
const SHIFT_E = 25_000;
const SHIFT_N = 12_000;

interface Fc { features: { properties: { sheetNo: number; parcelNo: number }; geometry: { coordinates: number[][][] } }[] }

describe('the parcel map frames the data it is given', () => {
  let app: AppSession;
  let dir: string;
  let file: string;
  let ids: string[];

  beforeAll(async () => {
    const fc = JSON.parse(readFileSync(SOURCE, 'utf8')) as Fc;
    for (const f of fc.features) f.geometry.coordinates = f.geometry.coordinates.map((ring) => ring.map(([e, n]) => [e + SHIFT_E, n + SHIFT_N]));
    ids = fc.features.map((f) => `${f.properties.sheetNo}/${f.properties.parcelNo}`).sort();
    dir = mkdtempSync(join(tmpdir(), 'phanlo-far-layer-'));
    file = join(dir, 'parcels-far-away.geojson');
    writeFileSync(file, JSON.stringify(fc));
    app = await openApp({ route: '#/parcels', persistent: true, waitFor: 'parcels' });
  });
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const allShown = () => app.page.waitForFunction(
    (want) => JSON.stringify((window.__phanloMap?.renderedParcelIds() ?? []).filter((id) => want.includes(id)).sort()) === JSON.stringify(want),
    ids, { timeout: 20_000 },
  );

  it('draws every parcel of a layer 25 km away once it replaces the demo, and nothing of the demo', async () => {
    const { page } = app;
    const demoShown = await renderedParcelIds(page);
    expect(demoShown.length, 'the demo is drawn first').toBeGreaterThan(20);
    await previewParcelImport(page, file);
    await page.getByTestId('import-replace').click();
    await allShown();
    const shown = await renderedParcelIds(page);
    expect(shown.filter((id) => !ids.includes(id)), 'no demo parcel is left in view').toEqual([]);
  });

  it('opens on the stored layer after a reload', async () => {
    await app.page.reload({ waitUntil: 'load' });
    await waitForParcelsDrawn(app.page);
    await allShown();
  });
});
