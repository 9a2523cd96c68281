import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

const spec = { from: 'value', to: 'value', verbose: 'flag' } as const;

describe('parseArgs', () => {
  it('reads positionals, --name value, --name=value, flags and --', () => {
    const parsed = parseArgs(['a.csv', '--from', 'EPSG:4326', '--to=vn2000:105.5', '--verbose', '--', '--odd'], spec);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.positionals).toEqual(['a.csv', '--odd']);
    expect([...parsed.options]).toEqual([['from', 'EPSG:4326'], ['to', 'vn2000:105.5'], ['verbose', true]]);
  });

  it('treats -h as --help and "-" as a positional (standard input)', () => {
    const parsed = parseArgs(['-', '-h'], spec);
    expect(parsed.ok && [parsed.positionals, parsed.options.get('help')]).toEqual([['-'], true]);
  });

  it('refuses unknown, repeated and value-less options', () => {
    expect(parseArgs(['--form', 'x'], spec)).toEqual({ ok: false, message: 'unknown option "--form"' });
    expect(parseArgs(['-x'], spec)).toEqual({ ok: false, message: 'unknown option "-x"' });
    expect(parseArgs(['--from', 'a', '--from', 'b'], spec)).toEqual({ ok: false, message: 'option "--from" given twice' });
    expect(parseArgs(['--from'], spec)).toEqual({ ok: false, message: 'option "--from" needs a value' });
    expect(parseArgs(['--from', '--to', 'x'], spec)).toEqual({ ok: false, message: 'option "--from" needs a value' });
    expect(parseArgs(['--verbose=yes'], spec)).toEqual({ ok: false, message: 'option "--verbose" takes no value' });
    expect(parseArgs(['--constructor', 'x'], spec)).toEqual({ ok: false, message: 'unknown option "--constructor"' });
  });
});
