/**
 * The one way a command reads a JSON input file (zone, parameters, previous layout, layout, backup):
 * a byte-order mark is allowed; an unreadable file or bad JSON is a reader error naming the file.
 */
import { fileErrorReason, type CliIo } from './cli-io';
import type { ReaderErrorLike } from './messages';

export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ReaderErrorLike };

export function readJsonFile(io: CliIo, path: string): JsonRead {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { ok: false, error: { file: path, code: 'read-failed', params: { reason: fileErrorReason(error) } } };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { ok: false, error: { file: path, code: 'invalid-json', params: { reason: (error as Error).message } } };
  }
}
