/**
 * `user.goals`: several requests in order, each judged. Exercised through the
 * CLI (validate, check, run) on a helpdesk scenario with two requests, through
 * the library API, and at the machine, user and metric seams where a goal
 * changes what happens.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as usersim from '../../src/index.js';
import { runEpisode } from '../../src/runner/run-episode.js';
import { turnNote, userSystemPrompt } from '../../src/simulated-user/llm-user-prompt.js';
import { checkUserReply } from '../../src/simulated-user/ledger-check.js';
import type { UserView } from '../../src/simulated-user/user.js';
import { createManualClock } from '../../src/util/clock.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { reply, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { contentOf } from '../llm/fake-models.js';
import { cli } from '../helpers/cli.js';
import { fakeAgent, fakeEnvironment, fakeUser, scenario as fakeScenario } from '../helpers/fakes.js';
import { edit, helpdeskCopy } from './helpers.js';

const fixture = 'test/fixtures/helpdesk/recent-then-close.yaml';
const signal = new AbortController().signal;

describe('user.goals through the CLI', () => {
  it('validates, checks, and runs both requests in order, byte-identically', async () => {
    expect((await cli('validate', fixture)).code).toBe(0);
    const check = await cli('check', fixture);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/✓ .*helpdesk\.recent-then-close .*full marks .*fails without name/);

    const [a, b] = [mkdtempSync(join(tmpdir(), 'usersim-goals-')), mkdtempSync(join(tmpdir(), 'usersim-goals-'))];
    expect((await cli('run', fixture, '--out', a)).code).toBe(0);
    expect((await cli('run', fixture, '--out', b)).code).toBe(0);
    expect(readFileSync(join(a, 'episodes.jsonl'))).toEqual(readFileSync(join(b, 'episodes.jsonl')));
    const [line] = usersim.readResults(a);
    expect(line!.termination.reason).toBe('agent_answered');
    expect(line!.scores?.success).toBe(true);
    expect(line!.scores?.answer).toBeNull();
    expect(line!.scores?.goals?.map((g) => [g.id, g.actual, g.pass])).toEqual([
      ['recent', '1', true],
      ['close', 'Ticket 1 is now closed.', true],
    ]);
    const users = line!.transcript.filter((e) => e.role === 'user');
    expect(users.map((e) => (e.role === 'user' ? e.goal : undefined))).toEqual(['recent', undefined, 'close']);
    expect(users[2]?.text).toBe('Thanks. The printer works again, so please close that ticket.');
  });

  it('fails the task when one goal is answered wrongly, keeping the other goal\'s verdict', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'recent-then-close.yaml', (t) => t.replace('expect: { answer: closed, match: contains }', 'expect: { answer: reopened, match: contains }'));
    const out = mkdtempSync(join(tmpdir(), 'usersim-goals-'));
    expect((await cli('run', file, '--out', out)).code).toBe(0);
    const [line] = usersim.readResults(out);
    expect(line!.scores?.success).toBe(false);
    expect(line!.scores?.score).toBe(0.5);
    expect(line!.scores?.goals?.map((g) => g.pass)).toEqual([true, false]);

    // The report shows both verdicts: results.csv counts them, the episode browser lists each with its reading.
    expect((await cli('report', out)).code).toBe(0);
    const [row] = parse(readFileSync(join(out, 'results.csv'), 'utf8'), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(row).toMatchObject({ answer_pass: '', goals_passed: '1', goals_total: '2', success: 'false' });
    const model = usersim.buildReportModel([line!], undefined);
    expect(model.episodes[0]?.verdicts?.goals?.map((g) => [g.id, g.matcher, g.expected, g.actual, g.pass])).toEqual([
      ['recent', 'exact', '1', '1', true],
      ['close', 'contains', 'reopened', 'Ticket 1 is now closed.', false],
    ]);
  });

  it('ends on max_turns when the turns run out before the last request is answered', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'recent-then-close.yaml', (t) => `${t}limits: { max_user_turns: 2 }\n`);
    const out = mkdtempSync(join(tmpdir(), 'usersim-goals-'));
    expect((await cli('run', file, '--out', out)).code).toBe(0);
    const [line] = usersim.readResults(out);
    expect(line!.termination.reason).toBe('max_turns');
    expect(line!.scores?.goals?.map((g) => [g.id, g.actual, g.pass])).toEqual([
      ['recent', '1', true],
      ['close', null, false],
    ]);
    expect(line!.scores?.success).toBe(false);
  });

  it('check flags a literal answer only for the goal whose facts are withheld', async () => {
    const dir = helpdeskCopy();
    const literalSecond = edit(dir, 'recent-then-close.yaml', (t) => t.replace('  - answer: "Ticket {{last.id}} is now {{last.status}}."', '  - answer: Ticket 1 is now closed.'));
    expect((await cli('check', literalSecond)).out).not.toContain('⚠');
    const literalFirst = edit(dir, 'recent-then-close.yaml', (t) => t.replace('  - answer: "{{last.id}}"', '  - answer: "1"'));
    expect((await cli('check', literalFirst)).out).toMatch(/⚠ .*recent-then-close\.yaml:\d+:\d+ reference\[2\]\.answer: the reference answer is a literal while needed fact name is withheld/);
  });

  it('validate explains goal mistakes with file:line:col and exit 2', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'recent-then-close.yaml', (t) =>
      t
        .replace('      facts: [name]', '      facts: [nam]')
        .replace('  - answer: "Ticket {{last.id}} is now {{last.status}}."\n', '')
        .replace('expect:\n  state:', 'expect:\n  answer: "1"\n  state:'),
    );
    const r = await cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent-then-close\.yaml:\d+:\d+ user\.goals\[0\]\.facts\[0\]: undefined fact "nam" \(did you mean "name"\?\)/);
    expect(r.err).toMatch(/recent-then-close\.yaml:\d+:\d+ reference: user\.goals has 2 goal\(s\) but the reference has 1 answer step\(s\)/);
    expect(r.err).toMatch(/recent-then-close\.yaml:\d+:\d+ expect\.answer: with user\.goals, each goal states its own answer/);
  });

  it('still refuses a second answer step in a scenario without goals, saying what it would need', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'recent.yaml', (t) => `${t}  - answer: again\n`);
    const r = await cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent\.yaml:\d+:\d+ reference\[3\]: steps after the reference answer are never run \(several answers need user\.goals/);
  });
});

describe('user.goals through the library API', () => {
  it('runs reference and naive agents; the naive one fails the goal that needs a withheld fact', async () => {
    const registry = usersim.createRegistry();
    const worlds = usersim.worldEnvironments({ registry });
    const scenarios = usersim.loadScenarios([fixture], { toolsFor: worlds.toolsFor });
    const outDir = mkdtempSync(join(tmpdir(), 'usersim-goals-api-'));
    await usersim.createRunner({ registry, environmentFor: worlds.environmentFor, clock: usersim.createManualClock() }).run({
      scenarios,
      agents: [registry.agent('reference'), registry.agent('reference[clarify=guess]')],
      user: registry.user('agenda'),
      judge: usersim.createDeterministicJudge(),
      seeds: usersim.defaultSeeds(1),
      outDir,
    });
    const results = usersim.readResults(outDir);
    const byAgent = new Map(results.map((r) => [r.agent, r]));
    expect(byAgent.get('reference')?.scores?.success).toBe(true);
    const guess = byAgent.get('reference[clarify=guess]');
    expect(guess?.scores?.goals?.map((g) => g.pass)).toEqual([false, true]);

    // Per-goal answer timing: guessing answers the first request before its fact is disclosed.
    const map = new Map(scenarios.map((s) => [s.scenario.id, s.scenario]));
    const reading = usersim.analyzeClarification(guess!, map.get('helpdesk.recent-then-close')!);
    expect(reading.goals?.map((g) => [g.id, g.premature])).toEqual([
      ['recent', true],
      ['close', null],
    ]);
    expect(reading.premature).toBe(true);
    const metrics = usersim.clarificationMetrics(results, map);
    expect(metrics.goalPar).toMatchObject({ numerator: 1, denominator: 2 });
    // Metrics without goal scenarios do not grow the field.
    expect('goalPar' in usersim.clarificationMetrics([], map)).toBe(false);
  });

  it('scores goals on their own: an unanswered goal fails, a goal without expect passes once answered', () => {
    const goals: usersim.Goal[] = [
      { id: 'a', goal: 'A', expect: { answer: 7, match: 'number' } },
      { id: 'b', goal: 'B' },
      { id: 'c', goal: 'C' },
    ];
    const verdicts = usersim.scoreGoals(goals, [
      { role: 'agent', turn: 1, action: { type: 'answer', text: 'It is 7.' }, goal: 'a' },
      { role: 'agent', turn: 2, action: { type: 'answer', text: 'Done.' }, goal: 'b' },
    ]);
    expect(verdicts.map((v) => [v.id, v.pass, v.score])).toEqual([
      ['a', true, 1],
      ['b', true, 1],
      ['c', false, 0],
    ]);
  });
});

describe('user.goals in the machine and the users', () => {
  const twoGoals = fakeScenario({
    user: {
      goal: 'Know the status of my order, then its carrier',
      facts: [{ id: 'order', text: 'order number', value: 'A-17', disclose: 'on_request', cues: ['order number'], needed: true }],
      goals: [
        { id: 'status', goal: 'Know the status of my order', request: 'Hi, where is my order?', expect: { answer: 'shipped' } },
        { id: 'carrier', goal: 'Know which carrier has your order', expect: { answer: 'DHL', match: 'contains' } },
      ],
    },
    expect: undefined,
    reference: [{ answer: 'shipped' }, { answer: 'DHL' }],
  });

  it('ends user_stopped when the user stops before the last request, and judges the open goal as failed', async () => {
    const user = fakeUser([
      { message: 'Hi, where is my order?', disclosed: [] },
      { message: 'Thanks, bye.', disclosed: [], stop: 'goal_met' },
    ]);
    const agent = fakeAgent([{ type: 'answer', text: 'shipped' }]);
    const run = await runEpisode({ scenario: twoGoals, seed: 1, clock: createManualClock(), createId: createCounterIds(), agent, user, environment: fakeEnvironment(), judge: usersim.createDeterministicJudge() });
    expect(run.output.termination.reason).toBe('user_stopped');
    expect(run.output.scores?.goals?.map((g) => g.pass)).toEqual([true, false]);
    expect((user.views[1] as UserView).goals).toMatchObject({ answered: 1 });
  });

  it('the agenda user opens the next request after an answer, and words it from the goal when it has no request', async () => {
    const user = usersim.createAgendaUser({ seed: 4 });
    const goals = { requests: twoGoals.user.goals!, answered: 1 };
    const view: UserView = {
      turn: 2,
      persona: '',
      goal: twoGoals.user.goal,
      opening: 'Hi, where is my order?',
      goals,
      facts: twoGoals.user.facts,
      unknowns: [],
      maxDisclosuresPerTurn: 1,
      conversation: [
        { role: 'user', text: 'Hi, where is my order?' },
        { role: 'agent', text: 'shipped', kind: 'answer' },
      ],
      ledger: [],
    };
    const next = await user.reply(view, { signal });
    expect(next.stop).toBeUndefined();
    expect(next.message).toMatch(/which carrier has my order/i);
    const last = await user.reply({ ...view, turn: 3, goals: { ...goals, answered: 2 }, conversation: [...view.conversation, { role: 'user', text: next.message }, { role: 'agent', text: 'DHL', kind: 'answer' }] }, { signal });
    expect(last.stop).toBe('goal_met');
  });

  it('tells the LLM user its requests, asks for the next one after an answer, and flags a stop before the last', () => {
    const view: UserView = {
      turn: 2,
      persona: '',
      goal: twoGoals.user.goal,
      goals: { requests: twoGoals.user.goals!, answered: 1 },
      facts: twoGoals.user.facts,
      unknowns: [],
      maxDisclosuresPerTurn: 1,
      conversation: [
        { role: 'user', text: 'Hi, where is my order?' },
        { role: 'agent', text: 'shipped', kind: 'answer' },
      ],
      ledger: [],
    };
    expect(userSystemPrompt(view)).toContain('1. Know the status of my order (open it with exactly: "Hi, where is my order?")\n2. Know which carrier has your order');
    expect(turnNote(view)).toContain('Do not stop: make your next request now: Know which carrier has your order');
    expect(checkUserReply(view, { message: 'Thanks, bye.', disclosed: [], stop: 'goal_met' })).toContain('the assistant answered one request, but "carrier" remains: make it instead of stopping');
    expect(checkUserReply(view, { message: 'And which carrier has it?', disclosed: [], stop: null })).toEqual([]);
  });
});

describe('user.goals for the LLM user', () => {
  const servers: OpenAiTestServer[] = [];
  afterAll(async () => Promise.all(servers.map((s) => s.close())));

  it('regenerates a reply that stops with a request left, and makes the next request', async () => {
    const server = await startOpenAiServer({
      replies: [
        reply.json({ message: 'Thanks, bye!', disclosed: [], stop: 'goal_met' }),
        reply.json({ message: 'Thanks! And which carrier has it?', disclosed: [], stop: null }),
      ],
    });
    servers.push(server);
    const client = createLlmClient({ config: ModelConfigSchema.parse({ model: 'user-model', baseURL: server.baseURL, maxRetries: 0 }), env: {} });
    const user = usersim.createLlmUser({ client, rng: usersim.createRng('g/1').fork('user') });
    const goals = [
      { id: 'status', goal: 'Know the status of my order', request: 'Hi, where is my order?' },
      { id: 'carrier', goal: 'Know which carrier has your order' },
    ];
    const out = await user.reply(
      {
        turn: 2,
        persona: '',
        goal: 'Know the status of my order, then its carrier',
        goals: { requests: goals, answered: 1 },
        facts: [],
        unknowns: [],
        maxDisclosuresPerTurn: 1,
        conversation: [
          { role: 'user', text: 'Hi, where is my order?' },
          { role: 'agent', text: 'It has shipped.', kind: 'answer' },
        ],
        ledger: [],
      },
      { signal },
    );
    expect(out).toMatchObject({ message: 'Thanks! And which carrier has it?', validity: { violations: [], regenerations: 1 } });
    expect(out.stop).toBeUndefined();
    const retry = server.requests[1]!.body.messages ?? [];
    expect(contentOf(retry.at(-1))).toContain('"carrier" remains: make it instead of stopping');
  });
});
