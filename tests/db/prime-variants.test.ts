// The variants read before #/plan's first render (prime-variants.ts): a fresh profile reads the demo
// variant the database's first open stores; the read is given until the live query answers, then
// forgotten, so that a later visit never starts from it; a read forgotten while under way keeps nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { database } from '../../src/db/database';
import { forgetPrimedVariants, primedVariants, primedVariantsRead, primeVariants } from '../../src/db/prime-variants';
import { createVariantEdit, DEMO_VARIANT_ID } from '../../src/db/variants';
import { applyEdit } from '../../src/db/transact';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../src/geo/layout';

describe('primeVariants', () => {
  it('reads the stored variants once, until forgotten; a read forgotten under way keeps nothing', async () => {
    expect(primedVariantsRead()).toBeNull();
    primeVariants();
    const read = primedVariantsRead();
    primeVariants(); // one read at a time
    expect(primedVariantsRead()).toBe(read);
    const first = await read;
    expect(first?.map((v) => v.id)).toEqual([DEMO_VARIANT_ID]); // the fresh profile's demo
    expect(primedVariants()).toBe(first);

    forgetPrimedVariants();
    expect(primedVariants()).toBeUndefined();
    expect(primedVariantsRead()).toBeNull();
    await applyEdit(database(), createVariantEdit({
      id: 'mine', name: 'Mine', site: null, parameters: structuredClone(DEFAULT_LAYOUT_PARAMETERS), layout: null, createdAt: '2026-02-01T00:00:00.000Z',
    }));
    primeVariants();
    expect((await primedVariantsRead())?.map((v) => v.id).sort()).toEqual([DEMO_VARIANT_ID, 'mine']);

    forgetPrimedVariants();
    primeVariants();
    const underWay = primedVariantsRead();
    forgetPrimedVariants();
    expect(await underWay).toBeUndefined();
    expect(primedVariants()).toBeUndefined();
  });
});
