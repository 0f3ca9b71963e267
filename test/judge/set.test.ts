import { describe, expect, it } from 'vitest';
import { listItems } from '../../src/judge/matchers/list-items.js';
import { setMatch } from '../../src/judge/matchers/set.js';

describe('set', () => {
  it.each([
    ['Alice, Bob', ['alice', 'bob']],
    ['Q1, Q3 and the Q4', ['q1', 'q3', 'q4']],
    ['- Alice\n- Bob\n', ['alice', 'bob']],
    ['1. Alice\n2) Bob', ['alice', 'bob']],
    ['A, B, and C', ['a', 'b', 'c']],
    ['$12,500; $3,000', ['12500', '3000']],
    ['Johnson & Johnson', ['johnson', 'johnson']],
  ])('listItems(%j) is %j', (text, items) => expect(listItems(text)).toEqual(items));

  it.each([
    [['Alice', 'Bob'], 'bob and alice', true],
    [['Alice', 'Bob'], 'Alice; Bob; Alice', true],
    [['Alice', 'Bob'], 'Alice', false],
    [['Alice', 'Bob'], 'Alice, Bob, Carol', false],
    ['January, March', 'march\njanuary', true],
    [['Research and Development', 'Sales'], 'Sales, Research and Development', true],
    [['Research', 'Development'], 'Research and Development', true],
    [[101, 202], '202, 101', true],
    [['Alice', 'Bob'], '', false],
    [['Authority', 'Need'], 'It fails on Authority and Need.', true],
    [['Authority', 'Need'], 'It fails on Budget, Authority and Need.', false],
    [['Authority', 'Need'], 'It fails on Authority but not Need.', false],
    [['Monday', 'Wednesday', 'Friday'], 'Classes meet Mon, Wed and Fri.', true],
    [['Linda Wood', 'Deborah Ramos'], 'Top two agents:\n1. Deborah Ramos – 22 cases\n2. Linda Wood – 19 cases', true],
    [['NX-4800 Core Switch', 'Aurora Hub'], '| Product | Cases |\n|---|---|\n| NX-4800 Core Switch | 37 |\n| Aurora Hub | 29 |', true],
    [['NX-4800 Core Switch', 'Aurora Hub'], '| Product | Cases |\n|---|---|\n| NX-4800 Core Switch | 37 |\n| Aurora Hub | 29 |\n| Beacon X2 | 11 |', false],
    [['Dental', 'Vision'], 'Your plan covers dental; vision is excluded.', false],
    [['Linda Wood', 'Deborah Ramos'], 'Linda Wood, Deborah Ramos — and, if you count reopened cases, Wei Alvarez.', false],
    [['Budget', 'Authority'], '**Missing:** Budget, Authority\n**Present:** Need, Timeline', true],
    [['Budget', 'Authority'], '- Budget ❌\n- Authority ❌\n- Need ✅', true],
    [['Budget', 'Authority'], '- Budget ❌\n- Authority ❌\n- Need ❌', false],
    [['Budget', 'Timeline'], 'It meets Need but fails Budget and Timeline.', true],
  ] as const)('setMatch(%j, %j) is %s', (gold, got, pass) => expect(setMatch(gold, got).pass).toBe(pass));
});
