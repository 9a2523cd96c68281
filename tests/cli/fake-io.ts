/** An in-memory CliIo for running commands in-process: files in a map, streams collected. */
import type { CliIo } from '../../src/cli/cli-io';

export interface FakeIo extends CliIo {
  readonly files: Map<string, string>;
  out: string;
  err: string;
}

export function fakeIo(files: Record<string, string> = {}, stdin: string | null = null): FakeIo {
  const io: FakeIo = {
    files: new Map(Object.entries(files)),
    out: '',
    err: '',
    readStdin: () => stdin,
    readFile: (path) => {
      const text = io.files.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: (path, text) => {
      if (path.startsWith('/no-such-dir/')) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      io.files.set(path, text);
    },
    stdout: (text) => { io.out += text; },
    stderr: (text) => { io.err += text; },
  };
  return io;
}
