/**
 * What the commands need from the outside world, as one small interface: tests pass a fake, the
 * `phanlo` entry passes Node's files and standard streams.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface CliIo {
  /** The whole of standard input, or null when it is a terminal (nothing piped in). */
  readStdin(): string | null;
  /** A UTF-8 text file; throws Node's error when it cannot be read. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  /** Bytes (a PDF); only commands that write binary files need it. */
  writeBinaryFile?(path: string, bytes: Uint8Array): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 done, 1 bad input (a file, row or field is wrong), 2 bad command line. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** A command line a command cannot run: what is wrong, then its usage line; exit code 2. */
export function usageError(io: CliIo, command: string, usageLine: string, message: string): number {
  io.stderr(`phanlo ${command}: ${message}\n${usageLine}\n`);
  return EXIT_USAGE;
}

export function nodeCliIo(): CliIo {
  return {
    readStdin: () => (process.stdin.isTTY ? null : readFileSync(0, 'utf8')),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    writeBinaryFile: (path, bytes) => writeFileSync(path, bytes),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/** A short reason from a Node file-system error ("no such file", …). */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    default: return error instanceof Error ? error.message : String(error);
  }
}
