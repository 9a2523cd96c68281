/**
 * Feeds the lint fences (scripts/lint-fences.mjs → .oxlintrc.json) imports that cross the layering and
 * imports that respect it, in a scratch copy of the src/ tree, and checks oxlint refuses exactly the first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const oxlint = join(root, 'node_modules', '.bin', 'oxlint');

/** [file the import is written in, the import statement, refused?] */
const CASES: readonly (readonly [string, string, boolean])[] = [
  // geo: pure, imports no other folder of src
  ['src/geo/a.ts', "import { x } from '../db/database';", true],
  ['src/geo/layout/a.ts', "import { x } from '../../db/database';", true],
  ['src/geo/layout/a.ts', "import type { ZoneSite } from '../../domain/site';", true],
  ['src/geo/a.ts', "import { x } from '../state/notice';", true],
  ['src/geo/a.ts', "import { x } from '../map/parcel-map';", true],
  ['src/geo/a.ts', "export { x } from '../io/layers';", true],
  ['src/geo/a.ts', "export const load = () => import('../db/database');", true],
  ['src/geo/a.ts', "import { x } from 'react';", true],
  ['src/geo/a.ts', "import { x } from 'zustand';", true],
  ['src/geo/a.ts', "import { x } from 'dexie';", true],
  ['src/geo/a.ts', "import { x } from 'maplibre-gl';", true],
  ['src/geo/layout/a.ts', "import { x } from '../coordinates';", false],
  ['src/geo/layout/a.ts', "import type { ZoneSite } from '../zone-site';", false],
  ['src/geo/a.ts', "import proj4 from 'proj4';", false],
  // domain: may use geo (and i18n's pure text)
  ['src/domain/a.ts', "import { x } from '../geo/coordinates';", false],
  ['src/domain/land-recovery/a.ts', "import { x } from '../../geo/polygon-clip';", false],
  ['src/domain/a.ts', "import type { Language } from '../i18n/translate';", false],
  ['src/domain/a.ts', "import { x } from '../i18n/use-translation';", true],
  ['src/domain/a.ts', "import { x } from '../io/layers';", true],
  ['src/domain/land-recovery/a.ts', "import { x } from '../../db/recovery';", true],
  // io: may use geo, domain
  ['src/io/layers/a.ts', "import { x } from '../../domain/parcel';", false],
  ['src/io/layers/a.ts', "import { x } from '../parcel-import/field-names';", false],
  ['src/io/layers/a.ts', "import { x } from '../../db/database';", true],
  ['src/io/a.ts', "import { x } from '../state/notice';", true],
  ['src/io/a.ts', "import { x } from '../features/site/describe-issue';", true],
  // db: may use domain, geo, io; the only Dexie code
  ['src/db/a.ts', "import { x } from '../io/layers';", false],
  ['src/db/a.ts', "import Dexie from 'dexie';", false],
  ['src/db/a.ts', "import { x } from '../state/notice';", true],
  ['src/db/a.ts', "import { x } from '../features/import';", true],
  ['src/db/a.ts', "import { create } from 'zustand';", true],
  // state: may use db, domain, geo (and io below them)
  ['src/state/a.ts', "import { x } from '../db/database';", false],
  ['src/state/a.ts', "import { create } from 'zustand';", false],
  ['src/state/a.ts', "import { x } from '../features/site/load-demo-site';", true],
  ['src/state/a.ts', "import { x } from '../map/MapView';", true],
  ['src/state/a.ts', "import Dexie from 'dexie';", true],
  // map: geo and domain only
  ['src/map/a.ts', "import { x } from '../geo/coordinates';", false],
  ['src/map/a.ts', "import maplibregl from 'maplibre-gl';", false],
  ['src/map/a.ts', "import { x } from '../db/database';", true],
  ['src/map/a.ts', "import { x } from '../state/selection';", true],
  ['src/map/a.ts', "import { x } from '../features/site/site-map-data';", true],
  ['src/map/a.ts', "import { create } from 'zustand';", true],
  // features: anything below, but no Dexie/zustand/MapLibre packages and no other feature's files
  ['src/features/parcels/a.tsx', "import { x } from '../../db/database';", false],
  ['src/features/parcels/a.tsx', "import { x } from '../../state/notice';", false],
  ['src/features/parcels/a.tsx', "import { x } from '../../map/MapView';", false],
  ['src/features/parcels/a.tsx', "import { x } from '../site/describe-issue';", false],
  ['src/features/parcels/a.tsx', "export const Dialog = () => import('../import');", false],
  ['src/features/parcels/a.tsx', "import { x } from './DataSourceBar';", false],
  ['src/features/parcels/a.tsx', "import { useLiveQuery } from 'dexie-react-hooks';", true],
  ['src/features/parcels/a.tsx', "import Dexie from 'dexie';", true],
  ['src/features/parcels/a.tsx', "import { create } from 'zustand';", true],
  ['src/features/parcels/a.tsx', "import maplibregl from 'maplibre-gl';", true],
  ['src/features/parcels/a.tsx', "export const Dialog = () => import('../import/ImportDialog');", true],
  ['src/features/import/a.tsx', "import { x } from '../settings/SettingsDialog';", true],
  ['src/features/recovery/tables/a.tsx', "import { x } from '../../import/ImportDialog';", true],
  ['src/features/recovery/tables/a.tsx', "import { x } from '../../site/use-active-site';", false],
  ['src/features/recovery/tables/a.tsx', "import { x } from '../RatesForm';", false],
  ['src/features/recovery/tables/a.tsx', "import { x } from '../../../db/database';", false],
  ['src/features/parcels/a.tsx', "import { x } from '../../cli/main';", true],
  // app: the shell uses anything, but not the packages of other layers
  ['src/app/a.tsx', "import { x } from '../features/parcels/ParcelsPage';", false],
  ['src/app/a.tsx', "import { create } from 'zustand';", true],
  ['src/app/a.tsx', "import maplibregl from 'maplibre-gl';", true],
  // workers and cli: over the pure core only
  ['src/workers/a.ts', "import { x } from '../geo/layout';", false],
  ['src/workers/a.ts', "import { x } from '../db/database';", true],
  ['src/workers/a.ts', "import { x } from '../state/notice';", true],
  ['src/workers/a.ts', "import { x } from 'react';", true],
  ['src/cli/a.ts', "import { x } from '../io/layers';", false],
  ['src/cli/a.ts', "import { x } from '../db/database';", true],
  ['src/cli/a.ts', "import { x } from '../features/site/describe-issue';", true],
  ['src/cli/a.ts', "import { x } from '../workers/layout-client';", true],
  // i18n: text and formats over geo; only its hook may use React, and it does not read storage
  ['src/i18n/use-translation.ts', "import { useContext } from 'react';", false],
  ['src/i18n/use-translation.ts', "import { useSetting } from '../db/use-setting';", true],
  ['src/i18n/use-translation.ts', "import { x } from '../state/notice';", true],
  ['src/i18n/a.ts', "import { x } from 'react';", true],
  ['src/i18n/a.ts', "import { x } from './messages/app';", false],
  ['src/i18n/a.ts', "import { x } from '../geo/plane-measure';", false],
];

let scratch: string;
/** Per case: refused or not. */
const refusedByCase = new Map<number, boolean>();

/**
 * Each case gets a file of its own, so that a refusal names exactly one import. A case about an exact
 * file name (use-translation.ts) gets a scratch tree of its own; the rest share one oxlint run.
 */
const runOf = (file: string, index: number) => (file.endsWith('use-translation.ts') ? `run${index}` : 'run');
const fileOf = (file: string, index: number) => (file.endsWith('use-translation.ts') ? file : file.replace(/(\.tsx?)$/, `.case${index}$1`));

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'phanlo-fences-'));
  const config = JSON.parse(readFileSync(join(root, '.oxlintrc.json'), 'utf8')) as Record<string, unknown>;
  delete config.$schema;
  const runs = new Set<string>();
  CASES.forEach(([file, statement], index) => {
    const run = runOf(file, index);
    runs.add(run);
    const path = join(scratch, run, fileOf(file, index));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${statement}\nexport {};\n`);
  });
  const refused = new Set<string>();
  for (const run of runs) {
    const cwd = join(scratch, run);
    writeFileSync(join(cwd, '.oxlintrc.json'), JSON.stringify(config));
    // oxlint matches override globs against paths relative to the directory it runs in.
    const result = spawnSync(oxlint, ['-c', '.oxlintrc.json', '--format', 'json', 'src'], { cwd, encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { diagnostics: { code: string; filename: string }[] };
    for (const d of report.diagnostics) if (d.code === 'eslint(no-restricted-imports)') refused.add(`${run}/${d.filename}`);
  }
  CASES.forEach(([file], index) => refusedByCase.set(index, refused.has(`${runOf(file, index)}/${fileOf(file, index)}`)));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lint fences by folder (scripts/lint-fences.mjs)', () => {
  it.each(CASES.map(([file, statement, refused], index) => [file, statement, refused, index] as const))(
    'in %s, %s → refused: %s',
    (_file, _statement, refused, index) => {
      expect(refusedByCase.get(index)).toBe(refused);
    },
  );

  it('.oxlintrc.json is what the table in scripts/lint-fences.mjs gives', () => {
    expect(() => execFileSync('node', [join(root, 'scripts', 'lint-fences.mjs')], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});
