import { describe, expect, it } from 'vitest';
import { leadingKeyword, lineColumn, namedParameters, splitSqlScript } from '../../src/environment/sql-lexer.js';

describe('splitSqlScript', () => {
  it('splits at top-level semicolons only, keeping where each statement starts', () => {
    const script = [
      "INSERT INTO t VALUES ('a;b'); -- trailing; comment",
      '/* a; block */ CREATE TABLE "x;y" (a);',
      'SELECT [odd;name] FROM t',
    ].join('\n');
    const parts = splitSqlScript(script);
    expect(parts.map((p) => p.sql)).toEqual([
      "INSERT INTO t VALUES ('a;b');",
      'CREATE TABLE "x;y" (a);',
      'SELECT [odd;name] FROM t',
    ]);
    expect(parts.map((p) => lineColumn(script, p.start))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 16 },
      { line: 3, column: 1 },
    ]);
  });

  it('keeps a trigger body, with its own semicolons and CASE … END, in one statement', () => {
    const trigger = [
      'CREATE TRIGGER IF NOT EXISTS log AFTER UPDATE ON t BEGIN',
      "  INSERT INTO h VALUES (CASE WHEN new.a > 1 THEN 'big' ELSE 'small' END);",
      '  UPDATE t SET b = 1;',
      'END;',
    ].join('\n');
    const parts = splitSqlScript(`${trigger}\nSELECT 1;`);
    expect(parts).toHaveLength(2);
    expect(parts[0]?.sql).toBe(trigger);
    expect(parts[1]?.sql).toBe('SELECT 1;');
  });

  it('returns nothing for a script of comments and whitespace', () => {
    expect(splitSqlScript('  -- nothing\n/* here */\n')).toEqual([]);
  });
});

describe('namedParameters', () => {
  it('finds :name, @name and $name once each, in order, ignoring strings and comments', () => {
    const sql = "SELECT * FROM t WHERE a = :a AND b = @b -- :c\n AND d = ':d' AND e = $e AND f = :a AND g = ?";
    expect(namedParameters(sql)).toEqual(['a', 'b', 'e']);
  });
});

describe('leadingKeyword', () => {
  it('skips comments and whitespace and upper-cases the word', () => {
    expect(leadingKeyword('/* hi */ -- there\n  select 1')).toBe('SELECT');
    expect(leadingKeyword('  ')).toBeNull();
    expect(leadingKeyword('(SELECT 1)')).toBeNull();
  });
});
