// The kinds of failed writes a screen can word, read through Dexie's wrapping of IndexedDB errors.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { writeFailureOf } from '../../src/db/write-failure';

describe('writeFailureOf', () => {
  it('reads the kind from the error and from what Dexie wraps it in', () => {
    expect(writeFailureOf(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(writeFailureOf(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))).kind).toBe('quota');
    expect(writeFailureOf(new Dexie.ConstraintError('Key already exists')).kind).toBe('constraint');
    expect(writeFailureOf(new Dexie.DataError('bad key')).kind).toBe('constraint');
    // A newer database than this app: Dexie reports the open failure with the VersionError inside.
    expect(writeFailureOf(new Dexie.OpenFailedError(new DOMException('newer', 'VersionError'))).kind).toBe('version');
    expect(writeFailureOf(new Dexie.DatabaseClosedError()).kind).toBe('unavailable');
    expect(writeFailureOf(new Dexie.MissingAPIError()).kind).toBe('unavailable');
    expect(writeFailureOf(new Error('something else')).kind).toBe('unknown');
    expect(writeFailureOf('a string').kind).toBe('unknown');
  });

  it('keeps the browser’s words as detail, for a log', () => {
    expect(writeFailureOf(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).detail).toContain('quota has been exceeded');
  });
});
