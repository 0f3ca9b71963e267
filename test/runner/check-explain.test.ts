import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import { checkScenarios } from '../../src/runner/check.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioText } from '../../src/scenario/load.js';

const worlds = worldEnvironments();
const tracking = readFileSync('scenarios/demo/order-tracking.yaml', 'utf8');
const check = async (text: string) => {
  const loaded = loadScenarioText(text, 'scenarios/demo/variant.yaml', { toolsFor: worlds.toolsFor });
  const [row] = await checkScenarios([loaded], { environmentFor: worlds.environmentFor, judge: createDeterministicJudge() });
  return row!;
};

describe('check explains itself', () => {
  it('passes the committed scenario as written', async () => {
    expect((await check(tracking)).ok).toBe(true);
  });

  it('says when the naive agent passes because the reference answer is a literal, and suggests computing it', async () => {
    const gold = /answer: (\S+)\n\s+match: exact/.exec(tracking)![1]!;
    const literal = tracking.replace('answer: "{{last.tracking_number}}"', `answer: ${gold}`);
    expect(literal).not.toBe(tracking);
    const row = await check(literal);
    expect(row.ok).toBe(false);
    expect(row.naive?.failed).toBe(false);
    expect(row.naive?.detail).toContain(`the reference answer is the literal "${gold}"`);
    expect(row.naive?.detail).toContain('{{last.COLUMN}}');
  });

  it('points at a reference step whose template column does not exist', async () => {
    const row = await check(tracking.replace('{{last.tracking_number}}', '{{last.tracking_no}}'));
    expect(row.reference.pass).toBe(false);
    expect(row.reference.detail).toMatch(/^reference\[\d\] uses \{\{last\.tracking_no\}\}, but reference\[\d\] get_order returns columns .*tracking_number/);
  });

  it('points at a reference step whose argument the tool does not have', async () => {
    const row = await check(tracking.replace('args: { order_id:', 'args: { order:'));
    expect(row.reference.pass).toBe(false);
    expect(row.reference.detail).toMatch(/reference\[\d\] get_order: no parameter "order" \(parameters: order_id\)/);
  });
});
