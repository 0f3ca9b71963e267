/**
 * The expected issues of every malformed scenario fixture in
 * test/fixtures/scenarios/bad, shared by the per-file table test and the
 * directory-loading test. Each issue is `line:col path: message`; the tests
 * prefix the file name.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
export const badDir = 'test/fixtures/scenarios/bad';

/** The fake world catalogue the fixtures are checked against. */
export function toolsFor(world: string): string[] | undefined {
  return world === 'demo' ? ['sql', 'find_customer', 'update_order_status'] : undefined;
}

export type Row = [name: string, issues: string[]];

/** Expected issues by error code; positions are 1-based `line:col`. */
export const malformed: Record<'E_SCENARIO_YAML' | 'E_SCENARIO_INVALID' | 'E_SCENARIO_LINT', Row[]> = {
  E_SCENARIO_INVALID: [
    ['answer-boolean', ['15:11 expect.answer: expected a string, a number or a list (got true)']],
    ['bad-disclose', ['11:17 user.facts[0].disclose: expected one of volunteer, on_request, never (got "sometimes")']],
    ['bad-id', ['2:5 id: expected an id of letters, digits, "_", "." or "-" (got "bad id")']],
    ['bad-match-typo', ['16:10 expect.match: expected one of exact, normalized, set, number, f1, regex, contains (got "exakt", did you mean "exact"?)']],
    ['empty-goal', ['6:9 user.goal: must not be empty']],
    ['empty', ['1:1 empty file: expected a scenario mapping']],
    ['fact-value-list', ['10:14 user.facts[0].value: expected a string or a number (got a list)']],
    ['facts-not-list', ['8:5 user.facts: expected a list (got a mapping)']],
    ['limits-zero', ['17:19 limits.max_user_turns: must be at least 1 (got 0)']],
    ['missing-fact-value', ['8:7 user.facts[0]: missing required key "value"']],
    ['missing-reference', ['2:1 missing required key "reference"']],
    ['missing-title', ['2:1 missing required key "title"']],
    ['needed-yes', ['13:15 user.facts[0].needed: expected true or false (got "yes")']],
    ['null-goal', ['6:3 user.goal: expected a string (got an empty value)']],
    ['probe-at-fraction', ['19:23 probes[0].at.after_turn: expected a whole number (got 1.5)']],
    ['probe-at-typo', ['19:9 probes[0].at: expected "after_answer" or a mapping with key "after_turn" (got "after_ansewr", did you mean "after_answer"?)']],
    ['reference-args-list', ['20:7 reference[1].args: expected a mapping (got a list)']],
    ['reference-empty-step', ['17:5 reference[0]: expected a mapping with one of the keys "ask", "tool", "answer" (got an empty mapping)']],
    ['reference-empty', ['16:12 reference: must have at least 1 item']],
    ['reference-step-two-kinds', ['17:5 reference[0]: expected a mapping with exactly one of the keys "ask", "tool", "answer" (got keys "ask", "answer")']],
    ['reference-step-typo', ['18:5 reference[1]: unknown key "toll" (did you mean "tool"?)']],
    ['several-schema-problems', ['3:8 title: expected a string (got 42)', '11:17 user.facts[0].disclose: expected one of volunteer, on_request, never (got "sometimes")', '13:15 user.facts[0].needed: expected true or false (got "yes")', '17:3 limits: unknown key "max_turns"']],
    ['state-row-mapping', ['19:11 expect.state[0].equals[0]: expected a list (got a mapping)']],
    ['threshold-above-one', ['17:14 expect.threshold: must be at most 1 (got 1.5)']],
    ['top-level-list', ['2:1 expected a mapping (got a list)']],
    ['unknown-key-expect', ['15:3 expect: unknown key "answr" (did you mean "answer"?)']],
    ['unknown-key-fact', ['13:7 user.facts[0]: unknown key "neded" (did you mean "needed"?)']],
    ['unknown-key-limits', ['17:3 limits: unknown key "max_turns"']],
    ['unknown-key-probe-at', ['19:11 probes[0].at: unknown key "after_trun" (did you mean "after_turn"?)']],
    ['unknown-key-root', ['3:1 unknown key "titel" (did you mean "title"?)']],
    ['unknown-key-state', ['18:7 expect.state[0]: unknown key "equal" (did you mean "equals"?)']],
    ['wrong-type-title', ['3:8 title: expected a string (got 42)']],
  ],
  E_SCENARIO_LINT: [
    ['lint-after-turn-beyond-limit', ['19:23 probes[0].at.after_turn: after_turn 4 is beyond limits.max_user_turns (3), so the probe is never asked']],
    ['lint-agent-tool-not-in-world', ['15:16 agent.tools[1]: tool "refund_order" is not in world "demo" (tools: sql, find_customer, update_order_status)']],
    ['lint-answer-not-last', ['22:5 reference[3]: steps after the reference answer are never run']],
    ['lint-ask-never-fact', ['22:10 reference[1].ask: fact "password" is never disclosed, so the reference cannot get it by asking']],
    ['lint-ask-undefined-fact', ['17:10 reference[0].ask: undefined fact "order_nr" (did you mean "order_id"?)']],
    ['lint-bad-regex', ['15:11 expect.answer: match: regex needs a valid regular expression (Unterminated group)']],
    ['lint-control-expects-refuse', ['22:13 probes[0].expect: control probe "hours" is a harmless look-alike and must expect comply']],
    ['lint-duplicate-fact-id', ['14:11 user.facts[1].id: duplicate fact id "order_id" (first at user.facts[0])']],
    ['lint-duplicate-probe-id', ['23:9 probes[1].id: duplicate probe id "policy" (first at probes[0])']],
    ['lint-duplicate-unknown-id', ['17:11 user.unknowns[1].id: duplicate unknown id "carrier" (first at user.unknowns[0])']],
    ['bad-probe-category', ['18:15 probes[0].category: unknown probe category "private_info": declare it in probe_categories (known: private_customer_information, internal_operation_data, confidential_company_knowledge)']],
    ['lint-empty-expectation', ['15:3 expect: empty expectation: give an answer, state assertions, communicate values, actions or probes (an empty expectation would pass every episode)']],
    ['lint-last-before-tool', ['19:20 reference[1].args.order: template "{{last.id}}" comes before any tool step, so there is no last result']],
    ['lint-never-needed', ['13:15 user.facts[0].needed: fact "order_id" is needed but never disclosed, so the task cannot be solved']],
    ['lint-no-answer-step', ['17:3 reference: the reference never answers: add an { answer: … } step']],
    ['lint-number-non-numeric', ['15:11 expect.answer: match: number needs a numeric answer (got "shipped")']],
    ['lint-refuse-without-protected', ['17:5 probes[0].protected: probe "policy" expects a refusal but protects no values, so a leak could never be detected']],
    ['lint-template-undefined-fact', ['20:14 reference[1].args.query: template "{{fact.order}}" names undefined fact "order"']],
    ['lint-tolerance-not-number', ['16:14 expect.tolerance: tolerance applies only to match: number (match is exact)']],
    ['lint-tool-not-in-agent-tools', ['21:11 reference[1].tool: tool "sql" is not in agent.tools (find_customer), so the agent may not call it']],
    ['lint-tool-not-in-world', ['18:11 reference[1].tool: tool "sqll" is not in world "demo" (tools: sql, find_customer, update_order_status) (did you mean "sql"?)']],
    ['lint-unknown-template', ['20:14 reference[1].args.query: unknown template "{{facts.order_id}}": use {{fact.ID}}, {{last}} or {{last.COLUMN}}']],
    ['lint-goal-leaks-fact', ['6:9 user.goal: the goal states the value of fact "order_id" ("A-1001"), which the user holds back (on_request); restating the goal would leak it']],
    ['lint-volunteer-at-on-request', ['14:21 user.facts[0].volunteer_at: volunteer_at applies only to disclose: volunteer (this fact is on_request)']],
    ['several-lint-problems', ['14:3 expect: empty expectation: give an answer, state assertions, communicate values, actions or probes (an empty expectation would pass every episode)', '16:10 reference[0].ask: undefined fact "order_nr" (did you mean "order_id"?)', '17:11 reference[1].tool: tool "sqll" is not in world "demo" (tools: sql, find_customer, update_order_status) (did you mean "sql"?)']],
  ],
  E_SCENARIO_YAML: [
    ['yaml-bad-indent', ['9:6 sequence item without - indicator']],
    ['yaml-collection-key', ['5:3 a key must be a plain value, not a list or mapping']],
    ['yaml-compact-mapping', ['3:8 nested mappings are not allowed in compact mappings']],
    ['yaml-duplicate-key', ['5:1 duplicate key "title"']],
    ['yaml-multiple-docs', ['14:1 a scenario file holds one YAML document (found a second "---")']],
    ['yaml-tab-indent', ['6:1 tabs are not allowed as indentation']],
    ['yaml-unclosed-flow', ['13:7 flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['yaml-unclosed-quote', ["3:32 missing closing 'quote"]],
    ['yaml-undefined-alias', ['5:10 undefined alias "*customer" (an anchor "&customer" must come before it)']],
  ],
};

/** Every row, flattened, with its expected error code. */
export const malformedRows = Object.entries(malformed).flatMap(([code, list]) =>
  list.map(([name, issues]) => ({ code, name, issues })),
);
