/**
 * This installation's id: made on first use and stored (setting `deviceId`), so that what this device
 * records (field checks) is told apart from another device's when their exports meet.
 */
import type { PhanloDatabase } from './database';
import { getSetting, putSetting } from './settings';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b: number) => b.toString(16).padStart(2, '0')).join('');
}

export async function deviceId(db: PhanloDatabase): Promise<string> {
  const stored = await getSetting(db, 'deviceId');
  if (stored) return stored;
  const made = `dev-${randomId()}`;
  await putSetting(db, 'deviceId', made);
  return made;
}
