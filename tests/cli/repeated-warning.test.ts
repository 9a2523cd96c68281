// The command line says a layout warning met at several places alike once, with how many (`repeated`).
import { describe, expect, it } from 'vitest';
import { formatReaderErrors } from '../../src/cli/messages';

describe('phanlo layout warnings', () => {
  it('print a repeated warning as one line with its count', () => {
    const repeated = { code: 'dead-end-turnaround-added', params: { lengthM: 335, maxDeadEndM: 46, turnaroundM: 12, repeated: 2 }, source: 'layout.warning' as const };
    const once = { ...repeated, params: { lengthM: 83.5, maxDeadEndM: 46, turnaroundM: 12 } };
    expect(formatReaderErrors([repeated, once], { prefix: 'phanlo: warning: ' })).toBe(
      'phanlo: warning: At 2 places: A dead end of 335 m (over 46 m) got a 12 × 12 m turning area at its end.\n' +
      'phanlo: warning: A dead end of 83.5 m (over 46 m) got a 12 × 12 m turning area at its end.\n',
    );
  });
});
