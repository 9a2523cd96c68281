import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { deviceId } from '../../src/db/device-id';
import { getSetting } from '../../src/db/settings';

const names: string[] = [];
afterEach(async () => { for (const name of names.splice(0)) await Dexie.delete(name); });
const fresh = () => { const name = `device-id-${names.length}-${Date.now()}`; names.push(name); return new PhanloDatabase(name); };

describe('device id and local profile', () => {
  it('makes the device id once and gives the same one after a reopen', async () => {
    const db = fresh();
    const first = await deviceId(db);
    expect(first).toMatch(/^dev-[0-9a-f]{16}$/);
    db.close();
    const again = new PhanloDatabase(db.name);
    expect(await deviceId(again)).toBe(first);
    again.close();
  });

  it('gives two profiles two ids', async () => {
    const a = fresh();
    const b = fresh();
    expect(await deviceId(a)).not.toBe(await deviceId(b));
    a.close(); b.close();
  });

  it('reads the default profile until one is set, and a damaged one as the default', async () => {
    const db = fresh();
    expect(await getSetting(db, 'profile')).toEqual({ name: null, role: 'official' });
    await db.settings.put({ key: 'profile', value: { name: 42 } });
    expect(await getSetting(db, 'profile')).toEqual({ name: null, role: 'official' });
    db.close();
  });
});
