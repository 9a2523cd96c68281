/**
 * A small command-line parser: positionals and long options (`--name value` or `--name=value`),
 * `-h` for `--help`, `--` to end options. Unknown or repeated options and missing values are usage
 * errors, reported as text for stderr.
 */

/** Option names (without "--") and whether each takes a value. */
export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>;

export type ParsedArgs =
  | { readonly ok: true; readonly positionals: readonly string[]; readonly options: ReadonlyMap<string, string | true> }
  | { readonly ok: false; readonly message: string };

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.set('help', true);
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `unknown option "${arg}"` };
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const kind = name === 'help' ? 'flag' : Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) return { ok: false, message: `unknown option "--${name}"` };
    if (options.has(name)) return { ok: false, message: `option "--${name}" given twice` };
    if (kind === 'flag') {
      if (equals >= 0) return { ok: false, message: `option "--${name}" takes no value` };
      options.set(name, true);
      continue;
    }
    const value = equals >= 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined || (equals < 0 && value.startsWith('--'))) {
      return { ok: false, message: `option "--${name}" needs a value` };
    }
    options.set(name, value);
  }
  return { ok: true, positionals, options };
}

/** The string value of an option, or undefined when not given. */
export function optionValue(options: ReadonlyMap<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  return typeof value === 'string' ? value : undefined;
}
