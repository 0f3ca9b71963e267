/**
 * Bad queries get Salesforce-like errors as `UsersimError` (`E_SQL`), never a
 * crash, and never a write: each error case names the message prefix it must
 * start with and a fragment it must contain. A seeded fuzz pass throws random
 * token soup and mutated corpus queries at both tools.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { UsersimError } from '../../../../src/errors.js';
import { executeSoql } from '../../../../src/packs/crm/soql/execute-soql.js';
import { executeSosl } from '../../../../src/packs/crm/soql/execute-sosl.js';
import { runReadonly } from '../../../../src/packs/crm/soql/run-readonly.js';
import { createRng } from '../../../../src/util/rng.js';
import { createFixtureOrg } from './fixture-org.js';
import { SOQL_CORPUS } from './soql-corpus.js';
import { SOSL_CORPUS } from './sosl-corpus.js';

const SOQL_ERRORS: [query: string, prefix: string, fragment: string][] = [
  ['DELETE FROM Account', 'MALFORMED_QUERY:', "unexpected token: 'DELETE'"],
  ["UPDATE Account SET Name = 'x'", 'MALFORMED_QUERY:', 'read-only'],
  ["INSERT INTO Account (Name) VALUES ('x')", 'MALFORMED_QUERY:', "'INSERT'"],
  ['SELECT Id FROM Account; DROP TABLE Account', 'MALFORMED_QUERY:', "unexpected token: ';'"],
  ["SELECT Id FROM Account WHERE Name = 'x'; DELETE FROM Account", 'MALFORMED_QUERY:', "';'"],
  ["SELECT Id FROM Account WHERE Name = '' OR '1'='1'", 'MALFORMED_QUERY:', "unexpected token: ''1''"],
  ['SELECT Id FROM Account WHERE Name = 1 --', 'MALFORMED_QUERY:', "unexpected char: '-'"],
  ['SELECT Foo FROM Account', 'INVALID_FIELD:', "No such column 'Foo' on entity 'Account'"],
  ['SELECT Foo FROM Account WHERE Bar = 1', 'INVALID_FIELD:', "No such column 'Foo'"],
  ['SELECT Id FROM Foo', "INVALID_TYPE: sObject type 'Foo' is not supported.", 'Row:1:Column:16'],
  ['SELECT Id\nFROM Foo', 'INVALID_TYPE:', 'Row:2:Column:6'],
  ['SELECT Account.Foo FROM Contact', 'INVALID_FIELD:', "No such column 'Foo' on entity 'Account'"],
  ['SELECT Acount.Name FROM Contact', 'INVALID_FIELD:', "Didn't understand relationship 'Acount'"],
  ['SELECT AccountId.Name FROM Contact', 'INVALID_FIELD:', "Didn't understand relationship 'AccountId'"],
  ['SELECT Owner FROM Account', 'INVALID_FIELD:', "No such column 'Owner'"],
  ["SELECT Id FROM Account WHERE CreatedDate > '2024-01-01'", 'INVALID_FIELD:', 'must be of type dateTime and should not be enclosed in quotes'],
  ['SELECT Id FROM Account WHERE CreatedDate > 2024-01-01', 'INVALID_FIELD:', 'must be of type dateTime'],
  ['SELECT Id FROM Opportunity WHERE CloseDate > 2024-01-01T00:00:00Z', 'INVALID_FIELD:', 'must be of type date and'],
  ["SELECT Id FROM Account WHERE AnnualRevenue > '100'", 'INVALID_FIELD:', 'must be of type double'],
  ['SELECT Id FROM Account WHERE Name = 5', 'INVALID_FIELD:', 'must be of type string and should be enclosed in quotes'],
  ["SELECT Id FROM Contact WHERE HasOptedOutOfEmail = 'true'", 'INVALID_FIELD:', 'must be of type boolean'],
  ["SELECT Id FROM Account WHERE Id = 'abc'", 'INVALID_QUERY_FILTER_OPERATOR:', 'invalid ID field: abc'],
  ["SELECT Id FROM Account WHERE Name = 'a' AND Type = 'b' OR Industry = 'c'", 'MALFORMED_QUERY:', "unexpected token: 'OR'"],
  ["SELECT Id FROM Account WHERE Name = 'unterminated", 'MALFORMED_QUERY:', 'unterminated string'],
  ["SELECT Id FROM Account WHERE Name = 'bad \\q escape'", 'MALFORMED_QUERY:', 'escape'],
  ['SELECT Id, FROM Account', 'MALFORMED_QUERY:', 'unexpected token'],
  ['SELECT FROM Account', 'MALFORMED_QUERY:', 'unexpected token'],
  ['SELECT * FROM Account', 'MALFORMED_QUERY:', "unexpected token: '*'"],
  ['SELECT Id FROM Account LIMIT -1', 'MALFORMED_QUERY:', 'non-negative integer'],
  ['SELECT Id FROM Account OFFSET 5000', 'NUMBER_OUTSIDE_VALID_RANGE:', 'Maximum SOQL offset allowed is 2000'],
  ['SELECT Name, COUNT(Id) FROM Account', 'MALFORMED_QUERY:', 'Field must be grouped or aggregated: Name'],
  ['SELECT Industry, COUNT(Id) FROM Account GROUP BY Type', 'MALFORMED_QUERY:', 'Field must be grouped or aggregated: Industry'],
  ['SELECT Type, COUNT(Id) FROM Account GROUP BY Type ORDER BY Name', 'MALFORMED_QUERY:', 'Ordered field must be grouped or aggregated: Name'],
  ['SELECT Type FROM Account GROUP BY Type HAVING Name = null', 'MALFORMED_QUERY:', 'Field must be grouped or aggregated: Name'],
  ['SELECT Name n FROM Account', 'MALFORMED_QUERY:', 'Only aggregate expressions use field aliasing'],
  ['SELECT COUNT(), Name FROM Account', 'MALFORMED_QUERY:', 'COUNT() must be the only element'],
  ['SELECT Id FROM Account WHERE COUNT(Id) > 1', 'MALFORMED_QUERY:', 'not allowed in WHERE'],
  ['SELECT Id FROM Account HAVING COUNT(Id) > 1', 'MALFORMED_QUERY:', 'HAVING requires'],
  ['SELECT Id FROM Account ORDER BY COUNT(Id)', 'MALFORMED_QUERY:', 'only allowed in aggregate queries'],
  ['SELECT SUM(Name) FROM Account', 'INVALID_FIELD:', 'does not support aggregate operator SUM'],
  ['SELECT Id, Id FROM Account', 'MALFORMED_QUERY:', 'duplicate field selected: Id'],
  ['SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS', 'MALFORMED_QUERY:', "expecting ':'"],
  ['SELECT Id FROM Account WHERE CreatedDate = LAST_FORTNIGHT', 'MALFORMED_QUERY:', "unexpected token: 'LAST_FORTNIGHT'"],
  ['SELECT Id FROM Account WHERE Name = TODAY', 'INVALID_FIELD:', 'must be of type string'],
  ['SELECT Id FROM Account WHERE Name IN (SELECT Name FROM Contact)', 'MALFORMED_QUERY:', 'only allowed on Id or reference fields'],
  ['SELECT Id FROM Account WHERE Id IN (SELECT Name FROM Contact)', 'MALFORMED_QUERY:', 'must select an Id or reference field'],
  ['SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact LIMIT 5)', 'MALFORMED_QUERY:', 'cannot use'],
  ['SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE Id IN (SELECT ContactId FROM Case))', 'MALFORMED_QUERY:', 'Nesting of semi join'],
  ['SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Bogus)', 'INVALID_TYPE:', "'Bogus'"],
  ['SELECT FIELDS(ALL) FROM Account', 'MALFORMED_QUERY:', 'LIMIT of at most 200'],
  ["SELECT Id FROM Account WHERE HOUR_IN_DAY(CreatedDate) = 'x'", 'INVALID_FIELD:', 'must be of type double'],
  ['SELECT HOUR_IN_DAY(CloseDate), COUNT(Id) FROM Opportunity GROUP BY HOUR_IN_DAY(CloseDate)', 'INVALID_FIELD:', 'HOUR_IN_DAY applies only to dateTime'],
  ['SELECT CALENDAR_YEAR(Name) FROM Account', 'INVALID_FIELD:', 'CALENDAR_YEAR applies only to date or dateTime'],
  ['SELECT Id FROM Account WHERE Name LIKE 5', 'INVALID_FIELD:', 'must be of type string'],
  ['SELECT Id FROM Account WHERE AnnualRevenue LIKE 5', 'INVALID_QUERY_FILTER_OPERATOR:', 'LIKE applies only to text fields'],
  ['SELECT Id FROM Account WHERE AnnualRevenue > null', 'INVALID_QUERY_FILTER_OPERATOR:', 'null can only be compared'],
  ["SELECT Id FROM Account WHERE Name INCLUDES ('a')", 'MALFORMED_QUERY:', 'multi-select picklists'],
  ['SELECT Id FROM Account ORDER BY Foo', 'INVALID_FIELD:', "No such column 'Foo'"],
  ['SELECT Name, (SELECT LastName FROM Contacts) FROM Account', 'MALFORMED_QUERY:', 'parent-to-child subqueries are not supported'],
  ['SELECT Id FROM Account GROUP BY ROLLUP(Type)', 'MALFORMED_QUERY:', 'ROLLUP'],
  ['SELECT Id FROM Account WHERE BOGUS(Name) = 1', 'MALFORMED_QUERY:', "unknown function: 'BOGUS'"],
  ['SELECT Id FROM Account WHERE CreatedDate > 2024-02-30T00:00:00Z', 'MALFORMED_QUERY:', 'invalid date'],
  ['SELECT Id FROM Account WHERE CreatedDate > 2024-02-03T25:00:00Z', 'MALFORMED_QUERY:', 'invalid dateTime'],
  ['', 'MALFORMED_QUERY:', "'<EOF>'"],
  ['SELECT Id FROM Account WHERE Name = :name', 'MALFORMED_QUERY:', "unexpected token: ':'"],
  ['SELECT Id FROM Account WHERE Name = "double quoted"', 'MALFORMED_QUERY:', 'unexpected char'],
  [`SELECT Id FROM Account WHERE ${'('.repeat(5000)}Name = 'x'${')'.repeat(5000)}`, 'MALFORMED_QUERY:', 'nested too deeply'],
  [`SELECT Id FROM Account WHERE Name = '${'x'.repeat(100_001)}'`, 'MALFORMED_QUERY:', 'cannot exceed 100000 characters'],
];

const SOSL_ERRORS: [query: string, prefix: string, fragment: string][] = [
  ['FIND {a} RETURNING Account', 'INVALID_SEARCH:', 'longer than one character'],
  ['FIND {--} RETURNING Account', 'INVALID_SEARCH:', 'longer than one character'],
  ['FIND {widget} RETURNING Opportunity(Name)', 'INVALID_TYPE:', 'does not support search'],
  ['FIND {widget} RETURNING Foo(Name)', "INVALID_TYPE: sObject type 'Foo' is not supported.", 'Foo'],
  ['FIND {widget} RETURNING Case(Foo)', 'INVALID_FIELD:', "No such column 'Foo' on entity 'Case'"],
  ["FIND {widget} RETURNING Case(Subject WHERE CreatedDate > '2024-01-01')", 'INVALID_FIELD:', 'dateTime'],
  ['FIND widget', 'MALFORMED_SEARCH:', 'search term in braces'],
  ['FIND {widget', 'MALFORMED_SEARCH:', "expecting '}'"],
  ['FIND {"unterminated} RETURNING Case', 'MALFORMED_SEARCH:', 'unterminated phrase'],
  ['FIND {widget} IN BODY FIELDS', 'MALFORMED_SEARCH:', "unexpected token: 'BODY'"],
  ['FIND {widget} RETURNING Case(Subject); DELETE FROM Case', 'MALFORMED_SEARCH:', "unexpected token: ';'"],
  ['FIND {*idget}', 'MALFORMED_SEARCH:', 'wildcard'],
  ['FIND {AND NOT widget}', 'MALFORMED_SEARCH:', "unexpected 'AND'"],
  ['FIND {(widget}', 'MALFORMED_SEARCH:', "missing ')'"],
  ['FIND {widget)}', 'MALFORMED_SEARCH:', "unexpected ')'"],
  ['SELECT Id FROM Case', 'MALFORMED_SEARCH:', "expecting 'FIND'"],
];

function errorOf(run: () => unknown): UsersimError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsersimError) return error;
    throw new Error(`expected a UsersimError, got ${String(error)}`);
  }
  throw new Error('expected the query to fail');
}

describe('query errors', () => {
  const { db, schema } = createFixtureOrg();
  const counts = () => db.prepare('SELECT (SELECT COUNT(*) FROM "Account") + (SELECT COUNT(*) FROM "Case") AS n').get();
  const before = counts();
  afterAll(() => db.close());

  it.each(SOQL_ERRORS)('SOQL %#: %s', (query, prefix, fragment) => {
    const error = errorOf(() => executeSoql(db, schema, query));
    expect(error.code).toBe('E_SQL');
    expect(error.message.startsWith(prefix)).toBe(true);
    expect(error.message).toContain(fragment);
  });

  it.each(SOSL_ERRORS)('SOSL %#: %s', (query, prefix, fragment) => {
    const error = errorOf(() => executeSosl(db, schema, query));
    expect(error.code).toBe('E_SQL');
    expect(error.message.startsWith(prefix)).toBe(true);
    expect(error.message).toContain(fragment);
  });

  it('reports the position as an issue too', () => {
    const error = errorOf(() => executeSoql(db, schema, 'SELECT Id\n  FROM Nope'));
    expect(error.issues).toEqual([expect.objectContaining({ line: 2, column: 8 })]);
  });

  it('rejects arguments that are not strings as tool-argument errors', () => {
    expect(errorOf(() => executeSoql(db, schema, 42 as unknown as string)).code).toBe('E_TOOL_ARGS');
    expect(errorOf(() => executeSosl(db, schema, null as unknown as string)).code).toBe('E_TOOL_ARGS');
  });

  it('refuses to run a statement SQLite does not call read-only', () => {
    expect(errorOf(() => runReadonly(db, 'DELETE FROM "Account"', {}, 10)).code).toBe('E_SQL_READONLY');
    expect(errorOf(() => runReadonly(db, 'CREATE TABLE "X" (a)', {}, 10)).code).toBe('E_SQL_READONLY');
  });

  it('survives random input and mutated queries without crashing', () => {
    const rng = createRng('soql-fuzz');
    const pieces = [
      'SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'LIKE', 'GROUP BY', 'HAVING', 'ORDER BY', 'LIMIT', 'OFFSET', 'FIND',
      'RETURNING', 'IN ALL FIELDS', 'COUNT(', 'SUM(', 'CALENDAR_YEAR(', 'FIELDS(ALL)', 'Account', 'Case', 'Name', 'Account.Name',
      'Owner.Name', 'Id', '(', ')', ',', '.', '=', '!=', '<', '>=', "'x'", "'", '"', '{', '}', '{widget}', '*', ':', ';', '\\', '5',
      '-3', '2024-01-01', '2024-01-01T00:00:00Z', 'TODAY', 'LAST_N_DAYS:3', 'null', 'true', '\u0000', 'é', '%', '_', '\n',
    ];
    const corpus = [...SOQL_CORPUS.map((entry) => entry.soql), ...SOSL_CORPUS.map((entry) => entry.sosl)];
    for (let i = 0; i < 1500; i += 1) {
      let query: string;
      if (i % 2 === 0) {
        query = Array.from({ length: 1 + rng.int(14) }, () => rng.pick(pieces)).join(rng.pick([' ', '']));
      } else {
        const base = rng.pick(corpus);
        const at = rng.int(base.length + 1);
        query = base.slice(0, at) + rng.pick(pieces) + base.slice(at + rng.int(4));
      }
      for (const run of [executeSoql, executeSosl]) {
        try {
          run(db, schema, query);
        } catch (error) {
          expect(error, query).toBeInstanceOf(UsersimError);
          expect((error as UsersimError).code, query).toBe('E_SQL');
          expect((error as UsersimError).message, query).not.toMatch(/^UNKNOWN_EXCEPTION/);
        }
      }
    }
  });

  it('leaves the data untouched', () => {
    expect(counts()).toEqual(before);
  });
});
