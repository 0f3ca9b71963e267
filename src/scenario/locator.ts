/**
 * Maps a path into a parsed YAML document to the `line:col` of the node it
 * names, so every scenario problem points at the text its author must change.
 * A path that runs past what the file spells out (a key left to its default,
 * an index beyond the list) lands on the deepest node that does exist, which
 * is the mapping the missing key belongs in.
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { PathSegment } from './problem.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Finds positions in one document; `key` asks for that key of the mapping at `path`. */
export type Locator = (path: readonly PathSegment[], key?: string) => Position;

/** Builds a locator over a document parsed with `lineCounter`. */
export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const resolve = (node: unknown): unknown => (isAlias(node) ? (node.resolve(doc) ?? node) : node);

  return (path, key) => {
    let node = resolve(doc.contents);
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    const segments: PathSegment[] = key === undefined ? [...path] : [...path, key];
    for (const [index, segment] of segments.entries()) {
      const isKeyTarget = key !== undefined && index === segments.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segment));
        if (pair === undefined) break;
        const keyNode = pair.key as Node | null;
        const value = resolve(pair.value) as Node | null;
        // An empty value (`goal:`) has a zero-width range after the colon; the key is what the eye finds.
        const valueIsEmpty = value === null || (isScalar(value) && value.range != null && value.range[0] === value.range[1]);
        if (isKeyTarget || valueIsEmpty) {
          offset = keyNode?.range?.[0] ?? offset;
          break;
        }
        node = value;
        offset = value.range?.[0] ?? offset;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = resolve(node.items[segment]) as Node | undefined;
        if (item === undefined || item === null) break;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return at(offset);
  };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}
