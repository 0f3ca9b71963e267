/**
 * Pieces shared by the SQL-backed tool kinds: the tool-name rule and the
 * load-time check of a declared statement (it prepares, it reads or writes as
 * declared, and its `:name` parameters match the declared ones).
 */
import { z } from 'zod';
import { UsersimError } from '../../errors.js';
import { checkReadOnlyText } from '../read-guard.js';
import { namedParameters } from '../sql-lexer.js';
import type { DeclarationProblem, ToolCheckContext } from '../tool-kind.js';
import type { ParameterDeclarations } from './parameters.js';
import { structuredSchemaProblem } from './structured-parameter.js';

/** Tool names as OpenAI-style function calling accepts them. */
export const ToolNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a tool name of 1-64 letters, digits, "_" or "-"');

/** Problems with the parameter declarations themselves: list and object schemas, and keys that do not fit the type. */
export function parameterProblems(params: ParameterDeclarations): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  for (const [name, p] of Object.entries(params)) {
    const path = ['parameters', name];
    const structured = p.type === 'array' || p.type === 'object';
    if (p.items !== undefined && p.type !== 'array') problems.push({ path, message: 'items applies only to type: array' });
    if (p.min_items !== undefined && p.type !== 'array') problems.push({ path, message: 'min_items applies only to type: array' });
    if (p.properties !== undefined && p.type !== 'object') problems.push({ path, message: 'properties applies only to type: object' });
    if (structured && (p.enum !== undefined || p.default !== undefined)) problems.push({ path, message: `enum and default apply only to scalar parameters, not type: ${p.type}` });
    const problem = structured ? structuredSchemaProblem(p) : undefined;
    if (problem !== undefined) problems.push({ path, message: problem });
  }
  return problems;
}

/** Checks declared statements; `path` is where the SQL sits in the declaration. */
export function checkDeclaredSql(
  statements: readonly string[],
  params: ParameterDeclarations,
  ctx: ToolCheckContext,
  options: { writes: boolean; path: (string | number)[] },
): DeclarationProblem[] {
  const problems: DeclarationProblem[] = [];
  const used = new Set<string>();
  statements.forEach((sql, i) => {
    const path = statements.length > 1 ? [...options.path, i] : options.path;
    for (const name of namedParameters(sql)) {
      used.add(name);
      if (!(name in params)) problems.push({ path, message: `the SQL uses :${name}, which is not a declared parameter` });
    }
    if (!options.writes) {
      try {
        checkReadOnlyText(sql);
      } catch (error) {
        problems.push({ path, message: (error as Error).message });
        return;
      }
    }
    let verdict: { readonly: boolean; reader: boolean };
    try {
      verdict = ctx.inspect(sql);
    } catch (error) {
      const message = error instanceof UsersimError ? error.message : String(error);
      problems.push({ path, message: `SQLite rejects the statement: ${message}` });
      return;
    }
    if (!options.writes && !(verdict.readonly && verdict.reader)) {
      problems.push({ path, message: 'a query tool must be a read-only statement that returns rows; declare a write tool to change data' });
    }
    if (options.writes && verdict.readonly) {
      problems.push({ path, message: 'a write tool statement must change data; declare a query tool to read' });
    }
  });
  problems.push(...parameterProblems(params));
  for (const name of Object.keys(params)) {
    if (!used.has(name)) problems.push({ path: ['parameters', name], message: `parameter "${name}" is not used by the SQL` });
  }
  return problems;
}
