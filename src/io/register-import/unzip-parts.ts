/**
 * The parts of a zip (an .xlsx) that a reader wants, inflated by the platform's own zlib
 * (DecompressionStream "deflate-raw": browsers since 2023, Node 18+) where it has one, else by fflate.
 * fflate's inflate is JavaScript: in a freshly started worker (no warm JIT) it took ~0.5 s of a 10,000-row
 * register's read, native zlib a few tens of milliseconds. Only what a spreadsheet writer puts in a zip
 * is read here (stored or deflated entries, sizes in the central directory); anything else (zip64,
 * encryption, another method) goes to fflate's unzipSync as before, which says what it cannot read.
 */
import { inflateSync, unzipSync } from 'fflate';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly dataStart: number;
}

/** The entries of the central directory, or null where this simple reading does not apply. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) { end = at; break; }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null; // zip64
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    if (flags & 1 || compressedSize === 0xffffffff || localAt === 0xffffffff) return null; // encrypted, zip64
    if (localAt + 30 > bytes.length || view.getUint32(localAt, true) !== LOCAL_HEADER) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (dataStart + compressedSize > bytes.length) return null;
    entries.push({ name, method, compressedSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const hasNativeInflate = (() => {
  try {
    return typeof DecompressionStream === 'function' && typeof Response === 'function' && Boolean(new DecompressionStream('deflate-raw'));
  } catch {
    return false;
  }
})();

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  if (!hasNativeInflate) return inflateSync(data);
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The wanted parts by name; throws where the bytes are no zip (as fflate does). */
export async function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Record<string, Uint8Array>> {
  const entries = zipEntries(bytes)?.filter((entry) => wanted(entry.name));
  if (!entries || entries.some((entry) => entry.method !== 0 && entry.method !== 8)) {
    return unzipSync(bytes, { filter: (file) => wanted(file.name) });
  }
  const parts: Record<string, Uint8Array> = {};
  await Promise.all(entries.map(async (entry) => {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    parts[entry.name] = entry.method === 0 ? data : await inflate(data);
  }));
  return parts;
}
