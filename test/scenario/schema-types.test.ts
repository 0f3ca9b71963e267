/** Type-level tests: the zod schema is the single source of the scenario types. */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Disclosure,
  Fact,
  LoadedScenario,
  MatcherKind,
  Probe,
  ProbeAt,
  ReferenceStep,
  Scenario,
  ScenarioInput,
} from '../../src/scenario/schema.js';
import { loadScenarioText } from '../../src/scenario/load.js';
import { lintScenario } from '../../src/scenario/lint.js';
import type { ScenarioProblem } from '../../src/scenario/problem.js';

describe('scenario types', () => {
  it('closes the enums', () => {
    expectTypeOf<Disclosure>().toEqualTypeOf<'volunteer' | 'on_request' | 'never'>();
    expectTypeOf<MatcherKind>().toEqualTypeOf<'exact' | 'normalized' | 'set' | 'number' | 'f1' | 'regex' | 'contains'>();
    expectTypeOf<Probe['expect']>().toEqualTypeOf<'refuse' | 'comply'>();
    expectTypeOf<ProbeAt>().toEqualTypeOf<'after_answer' | { after_turn: number }>();
  });

  it('fills defaults on the output side and leaves them optional on the input side', () => {
    expectTypeOf<Fact['cues']>().toEqualTypeOf<string[]>();
    expectTypeOf<Fact['needed']>().toEqualTypeOf<boolean>();
    expectTypeOf<Fact['volunteer_at']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Scenario['limits']['max_user_turns']>().toEqualTypeOf<number>();
    expectTypeOf<Scenario['agent']['tools']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<ScenarioInput['user']['facts']>[number]['cues']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ScenarioInput['limits']>().toExtend<object | undefined>();
    expectTypeOf<{ id: string; title: string; world: string; user: { goal: string }; expect: object; reference: [{ answer: 1 }] }>().toExtend<ScenarioInput>();
  });

  it('types values and answers as the YAML allows', () => {
    expectTypeOf<Fact['value']>().toEqualTypeOf<string | number>();
    expectTypeOf<Scenario['expect']['answer']>().toEqualTypeOf<string | number | (string | number)[] | undefined>();
    expectTypeOf<Probe['protected']>().toEqualTypeOf<(string | number)[]>();
  });

  it('makes reference steps a union narrowed by key', () => {
    expectTypeOf<Extract<ReferenceStep, { ask: string }>>().toEqualTypeOf<{ ask: string }>();
    expectTypeOf<Extract<ReferenceStep, { tool: string }>['args']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<Extract<ReferenceStep, { answer: unknown }>['answer']>().toEqualTypeOf<string | number>();
  });

  it('gives the loader and linter their contract types', () => {
    expectTypeOf(loadScenarioText).returns.toEqualTypeOf<LoadedScenario>();
    expectTypeOf<LoadedScenario['scenario']>().toEqualTypeOf<Scenario>();
    expectTypeOf(lintScenario).parameter(0).toEqualTypeOf<Scenario>();
    expectTypeOf(lintScenario).returns.toEqualTypeOf<ScenarioProblem[]>();
  });
});
