/**
 * The built-in tool kinds (`sql`, `query`, `write`, `function`) and the
 * lookup a world catalog builds from a list of kinds. Packs add their own
 * kinds (the CRM pack's `soql` and `sosl`) through a registry; nothing is
 * registered in module state.
 */
import { UsersimError } from '../errors.js';
import type { AnyToolKind, ToolDeclaration, ToolKind } from './tool-kind.js';
import { queryToolKind } from './tools/query-tool.js';
import { sqlToolKind } from './tools/sql-tool.js';
import { writeToolKind } from './tools/write-tool.js';
import { functionToolKind } from './tools/function-tool.js';

/** The kinds every world may use. */
export const BUILTIN_TOOL_KINDS: readonly AnyToolKind[] = [erase(sqlToolKind), erase(queryToolKind), erase(writeToolKind), erase(functionToolKind)];

/** A kind with its declaration type erased, for lists of kinds. */
export function erase<D extends ToolDeclaration>(kind: ToolKind<D>): AnyToolKind {
  return kind as unknown as AnyToolKind;
}

/**
 * Tool kinds by `type:`. Listing the same kind object twice is harmless (later
 * lists may repeat the built-ins); a different kind under a taken type is an
 * `E_CONFIG` error, since a world's declarations would then mean two things.
 *
 * @example
 * toolKindMap([...BUILTIN_TOOL_KINDS, soqlToolKind]).get('soql'); // the SOQL kind
 */
export function toolKindMap(kinds: readonly AnyToolKind[]): ReadonlyMap<string, AnyToolKind> {
  const map = new Map<string, AnyToolKind>();
  for (const kind of kinds) {
    const existing = map.get(kind.type);
    if (existing && existing !== kind) throw new UsersimError('E_CONFIG', `two different tool kinds are registered as "${kind.type}"`);
    map.set(kind.type, kind);
  }
  return map;
}
