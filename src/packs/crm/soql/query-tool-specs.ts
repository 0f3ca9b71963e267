/**
 * Tool specifications for the `soql` and `sosl` query tools, for an
 * environment to list among its tools. Both take one string argument, `query`,
 * and are read-only. The descriptions teach the supported subset in a few
 * lines, as CRMArena-style system prompts do; the world's schema itself is
 * given to the agent elsewhere (its context), not here.
 */
import type { ToolSpec } from '../../../environment/environment.js';

/** Options for the tool specs: a different name, or a description of one's own. */
export interface QueryToolSpecOptions {
  name?: string;
  description?: string;
}

const QUERY_PARAMETERS = {
  type: 'object',
  properties: { query: { type: 'string' } },
  required: ['query'],
  additionalProperties: false,
};

const SOQL_DESCRIPTION =
  'Run a read-only SOQL query against the Salesforce org and get {totalSize, done, records}. ' +
  'Supports parent fields (Account.Name, Owner.Name), WHERE with AND/OR/NOT, =, !=, <, >, LIKE, IN, NOT IN, ' +
  'semi-joins (Id IN (SELECT AccountId FROM Opportunity ...)), date literals (TODAY, LAST_N_DAYS:30, THIS_QUARTER, ...), ' +
  'COUNT()/COUNT/COUNT_DISTINCT/SUM/AVG/MIN/MAX with GROUP BY and HAVING, date functions (CALENDAR_MONTH(CreatedDate), ...), ' +
  'ORDER BY, LIMIT and OFFSET. Example: SELECT Id, Subject, Account.Name FROM Case WHERE CreatedDate = LAST_N_DAYS:30 LIMIT 10';

const SOSL_DESCRIPTION =
  'Run a read-only SOSL text search across the Salesforce org and get {searchRecords}. ' +
  'Syntax: FIND {term} [IN ALL FIELDS | NAME FIELDS | EMAIL FIELDS | PHONE FIELDS] ' +
  'RETURNING Object(Field1, Field2 [WHERE ...] [ORDER BY ...] [LIMIT n]), ... [LIMIT n]. ' +
  'Terms: words, "exact phrases", prefix wildcards (word*), AND, OR, AND NOT. ' +
  'Example: FIND {password reset} IN ALL FIELDS RETURNING Knowledge__kav(Id, Title)';

/** The `soql` tool: `{ query: string }`, read-only. */
export function soqlToolSpec(options: QueryToolSpecOptions = {}): ToolSpec {
  return { name: options.name ?? 'soql', description: options.description ?? SOQL_DESCRIPTION, parameters: structuredClone(QUERY_PARAMETERS), writes: false };
}

/** The `sosl` tool: `{ query: string }`, read-only. */
export function soslToolSpec(options: QueryToolSpecOptions = {}): ToolSpec {
  return { name: options.name ?? 'sosl', description: options.description ?? SOSL_DESCRIPTION, parameters: structuredClone(QUERY_PARAMETERS), writes: false };
}
