/**
 * The registry of tool kinds, looked up by the `type:` of a declaration. The
 * built-in kinds (`sql`, `query`, `write`, `function`, and `soql`/`sosl` for worlds with an
 * org schema) are always present; other kinds call `registerToolKind` before a
 * world that uses them loads.
 */
import { UsersimError } from '../errors.js';
import type { AnyToolKind, ToolDeclaration, ToolKind } from './tool-kind.js';
import { soqlToolKind, soslToolKind } from '../packs/crm/soql/org-query-tool.js';
import { queryToolKind } from './tools/query-tool.js';
import { sqlToolKind } from './tools/sql-tool.js';
import { writeToolKind } from './tools/write-tool.js';
import { functionToolKind } from './tools/function-tool.js';

const kinds = new Map<string, AnyToolKind>();

/**
 * Makes a tool kind available to worlds. Registering the same kind object
 * twice is harmless; a different kind under a taken type is an error.
 *
 * @example
 * registerToolKind(soqlToolKind); // worlds may now declare `type: soql` tools
 */
export function registerToolKind<D extends ToolDeclaration>(kind: ToolKind<D>): void {
  const existing = kinds.get(kind.type);
  if (existing && existing !== (kind as unknown as AnyToolKind)) {
    throw new UsersimError('E_CONFIG', `a different tool kind is already registered as "${kind.type}"`);
  }
  kinds.set(kind.type, kind as unknown as AnyToolKind);
}

/** The kind registered for a type, or undefined. */
export function findToolKind(type: string): AnyToolKind | undefined {
  return kinds.get(type);
}

/** Registered kind types, sorted. */
export function toolKindTypes(): string[] {
  return [...kinds.keys()].sort();
}

registerToolKind(sqlToolKind);
registerToolKind(queryToolKind);
registerToolKind(writeToolKind);
registerToolKind(soqlToolKind);
registerToolKind(soslToolKind);
registerToolKind(functionToolKind);
