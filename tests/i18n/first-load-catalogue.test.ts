// What the first load (#/parcels) carries of the app's words, and that no screen shows a key before its
// words arrive. t() prints a key it does not find as the key itself (translate.ts), so a key named by
// code that runs before its catalogue was added would show raw. The check is static, from the sources:
// the first load is every module src/main.tsx imports statically; a screen or dialog loaded on demand
// (a dynamic import() target) is its own static graph. Every key a graph names, as a string or as the
// head of a template (`write.reason.${kind}` names every `write.reason.*` key), must be in the
// first-load catalogue or in a message file that graph adds itself with addMessages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue';
import { importsOf, literalsOf, ROOT, staticGraph } from './source-graph';

type MessageFile = { vi: Record<string, string>; en: Record<string, string> };
const isMessageFile = (value: unknown): value is MessageFile =>
  typeof value === 'object' && value !== null && 'vi' in value && 'en' in value;

/** Every message file's exports by name ("recoveryScreenMessages" → its words). */
const messageFiles = new Map<string, MessageFile>();
/** Every key of every message file. */
const allKeys = new Set<string>();
// The first-load catalogue before any screen adds to it (this test file imports no screen).
const firstLoadVi = new Set(Object.keys(catalogue.vi));
const firstLoadEn = new Set(Object.keys(catalogue.en));

beforeAll(async () => {
  const dir = join(ROOT, 'src/i18n/messages');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(dir, name))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(module)) {
      if (!isMessageFile(value)) continue;
      messageFiles.set(exportName, value);
      for (const key of Object.keys(value.vi)) allKeys.add(key);
    }
  }
});

/** The keys the modules of a graph name, sorted. */
function keysNamedBy(graph: Set<string>): string[] {
  const named = new Set<string>();
  // Message files count too: a graph that holds one (for its describing functions, as import.ts has)
  // names its keys, and needs its words.
  for (const file of graph) {
    const { strings, templateHeads } = literalsOf(file);
    for (const text of strings) if (allKeys.has(text)) named.add(text);
    for (const head of templateHeads) {
      if (!head.includes('.')) continue; // "{x}" joins, not a key family
      for (const key of allKeys) if (key.startsWith(head)) named.add(key);
    }
  }
  return [...named].sort();
}

/** The keys a graph adds itself: the message files its modules pass to addMessages. */
function keysAddedBy(graph: Set<string>): Set<string> {
  const added = new Set<string>();
  for (const file of graph) {
    const code = readSource(file);
    for (const call of code.matchAll(/\baddMessages\(([^)]*)\)/g)) {
      for (const name of call[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        const words = messageFiles.get(name);
        if (words) for (const key of Object.keys(words.vi)) added.add(key);
      }
    }
  }
  return added;
}

const readSource = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const firstLoad = () => staticGraph('src/main.tsx');

describe('the first load', () => {
  it('is the parcels page and the shell, without the screens and dialogs loaded on demand', () => {
    const graph = firstLoad();
    for (const file of ['src/features/parcels/ParcelsPage.tsx', 'src/app/App.tsx', 'src/app/NoticeBar.tsx', 'src/state/undo-shortcuts.ts', 'src/state/stored-data-problems.ts']) {
      expect(graph, file).toContain(file);
    }
    for (const file of [
      'src/features/recovery/RecoveryPage.tsx', 'src/features/import/ImportDialog.tsx', 'src/features/plan/PlanPage.tsx',
      'src/features/site/IssueList.tsx', 'src/i18n/messages/import.ts', 'src/i18n/messages/import-dialog.ts', 'src/i18n/messages/recovery.ts',
    ]) {
      expect(graph, file).not.toContain(file);
    }
  });

  it('carries every key its code names, in Vietnamese and English', () => {
    const named = keysNamedBy(firstLoad());
    // The scan finds the shell's, the page's, the notices' and the undo labels' keys.
    for (const key of ['nav.parcels', 'record.empty', 'write.undone', 'write.reason.quota', 'importDialog.done', 'data.backToDemoDone', 'recovery.rates.grave']) {
      expect(named, key).toContain(key);
    }
    expect(named.filter((key) => !firstLoadVi.has(key)), 'keys missing in vi').toEqual([]);
    expect(named.filter((key) => !firstLoadEn.has(key)), 'keys missing in en').toEqual([]);
  });

  it('leaves the words of screens and dialogs loaded on demand to them', () => {
    for (const key of ['recovery.title', 'importDialog.title', 'import.zip-no-shapefile', 'plan.title']) {
      expect(allKeys, key).toContain(key);
      expect(firstLoadVi, key).not.toContain(key);
    }
  });
});

describe('screens and dialogs loaded on demand', () => {
  /** Every dynamic import() target of the app's sources, from the first load outwards. */
  function lazyEntries(): string[] {
    const entries = new Set<string>();
    const seen = new Set<string>();
    const queue = ['src/main.tsx'];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const { static: statics, dynamic } = importsOf(file);
      queue.push(...statics, ...dynamic);
      for (const target of dynamic) entries.add(target);
    }
    return [...entries].sort();
  }

  it('the import dialog, the recovery screen, the issue lists and the planner add the words they name', () => {
    const entries = lazyEntries();
    for (const entry of ['src/features/import/index.ts', 'src/features/recovery/RecoveryPage.tsx', 'src/features/site/IssueList.tsx', 'src/features/plan/PlanPage.tsx']) {
      expect(entries, entry).toContain(entry);
      const graph = staticGraph(entry);
      const available = new Set([...firstLoadVi, ...keysAddedBy(graph)]);
      expect(keysNamedBy(graph).filter((key) => !available.has(key)), entry).toEqual([]);
    }
  });
});

describe('zod', () => {
  it('is imported as zod/mini: one full zod import puts all its core in the chunk the first load shares', () => {
    const offenders = [...staticGraphOfAll()].filter((file) => /from\s+['"]zod(?:\/v4)?['"]/.test(readSource(file)));
    expect(offenders).toEqual([]);
  });
});

/** Every source module reachable from the app's entry and its workers, statically or on demand. */
function staticGraphOfAll(): Set<string> {
  const all = new Set<string>();
  const queue = ['src/main.tsx', ...readdirSync(join(ROOT, 'src/workers')).filter((f) => /\.tsx?$/.test(f)).map((f) => `src/workers/${f}`)];
  while (queue.length) {
    const file = queue.pop()!;
    if (all.has(file)) continue;
    all.add(file);
    const { static: statics, dynamic } = importsOf(file);
    queue.push(...statics, ...dynamic);
  }
  return all;
}
