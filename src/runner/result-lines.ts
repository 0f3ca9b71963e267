/**
 * Streaming reads of a results file: one complete line at a time, through a
 * fixed-size buffer, so reading back a run of any length costs the memory of
 * its longest line, not of the file. Line numbers are kept for error messages,
 * and the byte length of the complete lines is returned so a store can trim a
 * torn last line without reading the file whole.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/** What a streaming read saw: the bytes of its complete lines, and the bytes after them (a torn last line). */
export interface LineScan {
  completeBytes: number;
  tailBytes: number;
}

/** Where a line lies in its file: its first byte and its length in bytes, without the newline. */
export interface LineSpan {
  offset: number;
  bytes: number;
}

/**
 * Calls `onLine` with every complete, non-empty line of `path` (1-based line
 * numbers), in order. A last line without its newline is not passed on: it is
 * what a killed writer leaves, and it is reported in `tailBytes` instead.
 */
export function forEachLine(path: string, onLine: (line: string, lineNumber: number, span: LineSpan) => void): LineScan {
  const fd = openSync(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let completeBytes = 0;
    let lineNumber = 0;
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      // Lines are cut on the newline byte, never mid-character: UTF-8 never uses 0x0a inside a character.
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let nl = data.indexOf(NEWLINE, start); nl !== -1; nl = data.indexOf(NEWLINE, start)) {
        lineNumber++;
        if (nl > start) onLine(data.toString('utf8', start, nl), lineNumber, { offset: completeBytes, bytes: nl - start });
        completeBytes += nl + 1 - start;
        start = nl + 1;
      }
      // The rest is copied: `chunk` is reused by the next read.
      carry = Buffer.from(data.subarray(start));
    }
    return { completeBytes, tailBytes: carry.length };
  } finally {
    closeSync(fd);
  }
}

/** Reads the line at `span` of an open file, as bytes (without its newline). */
export function readSpan(fd: number, span: LineSpan): Buffer {
  const out = Buffer.allocUnsafe(span.bytes);
  for (let done = 0; done < span.bytes; ) {
    const read = readSync(fd, out, done, span.bytes - done, span.offset + done);
    if (read === 0) throw new Error(`file ended before byte ${span.offset + span.bytes}`);
    done += read;
  }
  return out;
}
