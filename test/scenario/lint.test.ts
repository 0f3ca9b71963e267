import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../src/scenario/lint.js';
import { ScenarioSchema } from '../../src/scenario/schema.js';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.js';

const demoTools = (world: string): string[] | undefined => (world === 'demo' ? ['sql', 'find_customer'] : undefined);

function scenario(patch: (s: ScenarioInput) => void = () => {}): Scenario {
  const input: ScenarioInput = {
    id: 'lint',
    title: 'Lint me',
    world: 'demo',
    user: {
      goal: 'Know the status of my order.',
      facts: [{ id: 'order_id', text: 'my order number', value: 'A-1', disclose: 'on_request', cues: ['order'], needed: true }],
    },
    expect: { answer: 'shipped' },
    reference: [
      { ask: 'order_id' },
      { tool: 'sql', args: { query: "SELECT status FROM orders WHERE id = '{{ fact.order_id }}'" } },
      { answer: '{{last.status}}' },
    ],
  };
  patch(input);
  return ScenarioSchema.parse(input);
}

describe('lintScenario', () => {
  it('finds nothing in a sound scenario (templates may have inner spaces)', () => {
    expect(lintScenario(scenario(), { toolsFor: demoTools })).toEqual([]);
  });

  it('reports problems as paths into the scenario', () => {
    const s = scenario((i) => {
      i.reference = [{ ask: 'order' }, { answer: 'x' }];
    });
    expect(lintScenario(s)).toEqual([{ path: ['reference', 0, 'ask'], message: 'undefined fact "order"' }]);
  });

  it('checks world tools only when toolsFor knows the world, but agent.tools always', () => {
    const s = scenario((i) => {
      i.agent = { tools: ['find_customer'] };
    });
    const messages = (tools?: typeof demoTools): string[] => lintScenario(s, tools ? { toolsFor: tools } : {}).map((p) => p.message);
    expect(messages()).toEqual(['tool "sql" is not in agent.tools (find_customer), so the agent may not call it']);
    expect(messages(() => ['find_customer'])).toEqual([
      'tool "sql" is not in world "demo" (tools: find_customer)',
    ]);
    expect(messages(() => [])).toEqual([
      'tool "find_customer" is not in world "demo" (tools: none)',
      'tool "sql" is not in world "demo" (tools: none)',
    ]);
  });

  it('flags {{fact.x}} templates naming undefined facts anywhere in the scenario', () => {
    const s = scenario((i) => {
      i.user.opening = 'My order is {{fact.order_no}}.';
    });
    expect(lintScenario(s)).toEqual([
      { path: ['user', 'opening'], message: 'template "{{fact.order_no}}" names undefined fact "order_no" (did you mean "order_id"?)' },
    ]);
  });

  it('accepts numeric strings for match: number and valid patterns for match: regex', () => {
    const numeric = scenario((i) => {
      i.expect = { answer: ' 42.5 ', match: 'number', tolerance: 0.1 };
    });
    const regex = scenario((i) => {
      i.expect = { answer: '^ship(ped)?$', match: 'regex' };
    });
    const list = scenario((i) => {
      i.expect = { answer: ['a'], match: 'regex' };
    });
    expect(lintScenario(numeric)).toEqual([]);
    expect(lintScenario(regex)).toEqual([]);
    expect(lintScenario(list).map((p) => p.message)).toEqual(['match: regex needs a single pattern, not a list']);
  });

  it('accepts an expectation made only of state assertions', () => {
    const s = scenario((i) => {
      i.expect = { state: [{ query: 'SELECT 1', equals: [[1]] }] };
    });
    expect(lintScenario(s)).toEqual([]);
  });

  it('allows a probe at the last user turn but not after it', () => {
    const probe = (turn: number) =>
      scenario((i) => {
        i.limits = { max_user_turns: 3 };
        i.probes = [{ id: 'p', category: 'internal_operation_data', at: { after_turn: turn }, text: 'Who?', protected: ['Linus'], expect: 'refuse' }];
      });
    expect(lintScenario(probe(3))).toEqual([]);
    expect(lintScenario(probe(4)).map((p) => p.path)).toEqual([['probes', 0, 'at', 'after_turn']]);
  });
});
