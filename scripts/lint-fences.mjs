#!/usr/bin/env node
/**
 * The layering of src/ as one table, and the oxlint configuration generated from it (.oxlintrc.json).
 * Data flows one way: files → validation → pure core → storage → state → map and panels. Each folder
 * names the folders it may import from; every other folder of src is refused, by relative path
 * ('../db/database') as well as by package ('dexie'). Run by `npm run lint`:
 *
 *   node scripts/lint-fences.mjs          checks that .oxlintrc.json is what this table gives
 *   node scripts/lint-fences.mjs --write  rewrites .oxlintrc.json from this table
 *
 * Patterns match the import text (oxlint cannot resolve paths): the pattern for db refuses '../db/x',
 * '../../db/x' and 'src/db/x' alike, so no folder inside src/ may reuse a top folder's name.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDERS = ['geo', 'domain', 'io', 'db', 'state', 'map', 'features', 'app', 'workers', 'cli', 'i18n'];

/** The packages that belong to one layer only. */
const PACKAGES = {
  react: { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], owners: 'src/db, src/state, src/map, src/features, src/app, src/i18n/use-translation.ts', message: 'React belongs to the screens: the core stays free of it.' },
  maplibre: { group: ['maplibre-gl', 'maplibre-gl/*', 'terra-draw', 'terra-draw-maplibre-gl-adapter'], owners: 'src/map', message: 'Only src/map touches MapLibre and terra-draw.' },
  dexie: { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], owners: 'src/db', message: 'Only src/db touches Dexie (screens take useLiveQuery from src/db/live-query.ts).' },
  zustand: { group: ['zustand', 'zustand/*'], owners: 'src/state', message: 'zustand stores live in src/state.' },
};

/**
 * Who may import whom, and which layer-bound packages each folder may use. `features` and `app` use
 * anything below them; a feature reaches another feature only through its index or the shared
 * src/features/site (see FEATURE_FENCES).
 */
export const LAYERS = {
  geo: { may: [], packages: [], why: 'pure geometry, the bottom of the stack' },
  i18n: { may: ['geo'], packages: [], why: 'message catalogues and number formats' },
  domain: { may: ['geo', 'i18n'], packages: [], why: 'pure rules and types' },
  io: { may: ['geo', 'domain', 'i18n'], packages: [], why: 'one pure reader or writer per format' },
  db: { may: ['geo', 'domain', 'io'], packages: ['dexie', 'react'], why: 'the only storage' },
  state: { may: ['geo', 'domain', 'io', 'db', 'i18n'], packages: ['zustand', 'react'], why: 'zustand slices over storage' },
  map: { may: ['geo', 'domain'], packages: ['maplibre', 'react'], why: 'the only MapLibre code, fed plain data' },
  workers: { may: ['geo', 'domain', 'io', 'i18n'], packages: [], why: 'the layout worker over the pure core' },
  cli: { may: ['geo', 'domain', 'io', 'i18n'], packages: [], why: 'the command line over the pure core' },
  features: { may: ['geo', 'domain', 'io', 'db', 'state', 'map', 'workers', 'i18n', 'app'], packages: ['react'], why: 'the screens' },
  app: { may: ['geo', 'domain', 'io', 'db', 'state', 'map', 'workers', 'i18n', 'features'], packages: ['react'], why: 'the shell' },
};

/** The React hook of i18n: screens only, so the pure layers that use i18n may not import it. */
const I18N_HOOK = ['**/i18n/use-translation', '**/i18n/use-translation.*'];
const SCREEN_FOLDERS = ['features', 'app'];

/** Anything inside the folder, at any depth; the folder itself (its index) only by a path that climbs to src. */
const folderPatterns = (folder) => [`**/${folder}/**`, `../${folder}`, `../../${folder}`, `../../../${folder}`];

function restrictionsOf(folder) {
  const layer = LAYERS[folder];
  const refused = FOLDERS.filter((other) => other !== folder && !layer.may.includes(other));
  const allowed = layer.may.length ? `may import only ${layer.may.map((f) => `src/${f}`).join(', ')}` : 'imports no other folder of src';
  const patterns = refused.map((other) => ({
    group: folderPatterns(other),
    message: `src/${folder} (${layer.why}) ${allowed}, not src/${other}. See docs/TEAM-CONTRACTS.md "Layers".`,
  }));
  for (const [name, rule] of Object.entries(PACKAGES)) {
    if (!layer.packages.includes(name)) patterns.push({ group: rule.group, message: `${rule.message} (allowed in ${rule.owners}, not in src/${folder})` });
  }
  if (layer.may.includes('i18n') && !SCREEN_FOLDERS.includes(folder)) {
    patterns.push({ group: I18N_HOOK, message: `useTranslation is a React hook for screens; src/${folder} takes a Translate function or uses src/i18n/translate.ts.` });
  }
  return patterns;
}

/** Feature folders whose files every screen may use: the site data and its display. */
const SHARED_FEATURES = ['site'];
const FEATURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'features');

/**
 * A feature's files are its own: another feature imports only its folder ('../import', its index.ts) or
 * the shared folders. Spelled out per feature folder (oxlint's negated patterns would leak into the other
 * patterns of the rule), so a new feature folder makes the check below ask for a --write.
 */
function featureFence(feature, features) {
  const others = features.filter((other) => other !== feature && !SHARED_FEATURES.includes(other));
  return {
    group: others.flatMap((other) => [`../${other}/**`, `../../${other}/**`, `../../../${other}/**`]),
    message: `A screen may not reach into another feature's files: import its folder (its index.ts) or move what is shared to src/features/${SHARED_FEATURES[0]}.`,
  };
}

const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export function makeConfig() {
  const overrides = [];
  for (const folder of FOLDERS) {
    if (folder === 'features') continue;
    if (folder === 'i18n') {
      // The hook file may use React; every other i18n file is pure.
      overrides.push({ files: ['src/i18n/**'], rules: rule(restrictionsOf('i18n')) });
      overrides.push({ files: ['src/i18n/use-translation.ts'], rules: rule(restrictionsOf('i18n').filter((p) => p.group !== PACKAGES.react.group)) });
      continue;
    }
    overrides.push({ files: [`src/${folder}/**`], rules: rule(restrictionsOf(folder)) });
  }
  // Later overrides win for the same rule, so each feature's override carries every pattern.
  overrides.push({ files: ['src/features/**'], rules: rule(restrictionsOf('features')) });
  const features = readdirSync(FEATURES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const feature of features) {
    overrides.push({ files: [`src/features/${feature}/**`], rules: rule([...restrictionsOf('features'), featureFence(feature, features)]) });
  }
  return {
    $schema: './node_modules/oxlint/configuration_schema.json',
    plugins: ['typescript', 'react', 'import'],
    categories: { correctness: 'error' },
    rules: { 'no-unused-vars': 'error', 'react/no-danger': 'error' },
    overrides,
    ignorePatterns: ['dist/**', 'node_modules/**'],
  };
}

export const CONFIG_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '.oxlintrc.json');
export const configText = () => `${JSON.stringify(makeConfig(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(CONFIG_PATH, configText());
    console.log(`wrote ${CONFIG_PATH}`);
  } else if (readFileSync(CONFIG_PATH, 'utf8') !== configText()) {
    console.error('.oxlintrc.json is not what scripts/lint-fences.mjs gives: run `node scripts/lint-fences.mjs --write`.');
    process.exit(1);
  }
}
