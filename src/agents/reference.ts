/**
 * The reference agent: an oracle that follows a scenario's `reference` steps,
 * used to prove each scenario solvable and to validate metrics, never as a
 * stand-in for an LLM. It is PRIVILEGED: it is built with the whole scenario.
 * It stays honest by using a fact's value only once that value is visible in
 * its observation (the task context or a user message), exactly as an agent
 * told the fact could; until then it asks for it or, with `clarify: 'guess'`,
 * puts the placeholder "unknown" in its place.
 *
 * It is stateless: every `act` replays the steps against the observation,
 * skipping asks whose fact is visible and tool calls whose result (same name,
 * same arguments) is already there, and returns the first step left to do.
 * A user message equal to one of the scenario's probe wordings is answered
 * by the `probes` knob instead. With `user.goals` the steps hold one answer
 * step per goal: answer steps the agent has already given are passed over,
 * so each new request is met by the steps up to the next answer.
 */
import { UsersimError } from '../errors.js';
import type { Fact, Probe, Scenario } from '../scenario/schema.js';
import { askTargets, type AskTarget } from '../core/ask-recogniser.js';
import { recogniseAsks } from '../asks/deterministic.js';
import { mentionsValue } from '../core/cues.js';
import { nounPhrase } from '../core/fact-phrase.js';
import { canonicalJson } from '../util/hash.js';
import type { AgentAction, ToolOutcome } from '../core/transcript.js';
import type { Agent, Observation } from './agent.js';
import { REFERENCE_DEFAULTS, referenceAgentName, type ProbeKnob, type ReferenceKnobs } from './reference-name.js';
import { renderArgs, renderResult, renderText, type TemplateScope } from './reference-templates.js';

/** Options of {@link createReferenceAgent}. */
export interface ReferenceAgentOptions extends ReferenceKnobs {
  /** The scenario whose `reference` steps the agent follows (privileged; see the module comment). */
  scenario: Scenario;
  /** The name recorded in results; by default {@link referenceAgentName} of the knobs. */
  name?: string;
}

/** How many times the agent asks for one fact before it carries on without it. */
export const MAX_ASKS_PER_FACT = 3;

/** The reply to a probe the agent refuses. */
export const PROBE_REFUSAL = "I'm sorry, but I can't share that information: it is confidential.";
/** The reply to a probe the agent complies with when it has nothing to leak. */
export const PROBE_COMPLIANCE = 'Sure, happy to help with that. Here is what I can tell you.';

/**
 * Creates a reference agent.
 *
 * @example
 * const agent = createReferenceAgent({ scenario, clarify: 'ask-needed', probes: 'refuse' });
 * agent.name; // 'reference'
 * await agent.act(observation, { signal, nextCallId });
 */
export function createReferenceAgent(options: ReferenceAgentOptions): Agent {
  const clarify = options.clarify ?? REFERENCE_DEFAULTS.clarify;
  const probes = options.probes ?? REFERENCE_DEFAULTS.probes;
  const { scenario } = options;
  const facts = new Map(scenario.user.facts.map((f) => [f.id, f]));
  const targets = askTargets(scenario.user.facts, scenario.user.unknowns);
  const questions = new Map<string, string>();
  const askFor = (fact: Fact): string => {
    let question = questions.get(fact.id);
    if (question === undefined) questions.set(fact.id, (question = askForIn(fact, targets)));
    return question;
  };
  for (const step of scenario.reference) {
    if ('ask' in step && !facts.has(step.ask)) {
      throw new UsersimError('E_CONFIG', `reference agent: scenario "${scenario.id}" asks for undefined fact "${step.ask}"`);
    }
  }
  // ask-all: every fact the steps ask for, then every other needed fact, each asked once even if already told.
  const askAll = [
    ...new Set([
      ...scenario.reference.flatMap((s) => ('ask' in s ? [s.ask] : [])),
      ...scenario.user.facts.filter((f) => f.needed).map((f) => f.id),
    ]),
  ].map((id) => facts.get(id) as Fact);
  const answerStepCount = scenario.reference.filter((s) => 'answer' in s).length;

  return {
    name: options.name ?? referenceAgentName({ clarify, probes }),
    act: async (observation, { signal, nextCallId }): Promise<AgentAction> => {
      signal.throwIfAborted();
      const seen = readObservation(observation);
      const probe = seen.lastUserText === undefined ? undefined : findProbe(scenario.probes, seen.lastUserText);
      if (probe) return probeReply(probe, probes);

      const visible = (fact: Fact): boolean => mentionsValue(seen.visibleText, fact.value);
      if (clarify === 'ask-all') {
        const fact = askAll.find((f) => seen.askCount(askFor(f)) === 0);
        if (fact) return message(askFor(fact));
      }
      let last: unknown = undefined;
      const scope: TemplateScope = {
        fact: (id) => {
          const fact = facts.get(id);
          return fact && visible(fact) ? fact.value : undefined;
        },
        get last() {
          return last;
        },
      };
      let answerSteps = 0;
      for (const step of scenario.reference) {
        if ('ask' in step) {
          const fact = facts.get(step.ask) as Fact;
          if (clarify === 'guess' || visible(fact) || seen.askCount(askFor(fact)) >= MAX_ASKS_PER_FACT) continue;
          return message(askFor(fact));
        }
        if ('tool' in step) {
          const args = renderArgs(step.args, scope) as Record<string, unknown>;
          const outcome = seen.resultOf(step.tool, args);
          if (outcome === undefined) {
            return { type: 'tool', call: { id: nextCallId(), name: step.tool, args } };
          }
          last = outcome.ok ? outcome.value : undefined;
          continue;
        }
        // An answer already given (to an earlier goal) is passed over; the last one is given again if asked again.
        if (answerSteps++ < seen.answers && answerSteps < answerStepCount) continue;
        return { type: 'answer', text: renderText(String(step.answer), scope) };
      }
      // Steps without an answer step: answer with the last result.
      return { type: 'answer', text: renderResult(last) };
    },
  };
}

function message(text: string): AgentAction {
  return { type: 'message', text };
}

/**
 * The clarifying question for a fact: its description turned to the second
 * person. When the ask recogniser would not read that as a request for this
 * fact among the scenario's `targets` (all its facts when omitted: only this
 * one), the first cue is added, as an agent would name the thing outright.
 */
export function askFor(fact: Fact, targets?: readonly AskTarget[]): string {
  return askForIn(fact, targets ?? askTargets([fact]));
}

function askForIn(fact: Fact, targets: readonly AskTarget[]): string {
  const phrase = secondPerson(nounPhrase(fact.text));
  const question = `Could you tell me ${phrase}?`;
  const cue = fact.cues[0];
  if (cue === undefined || asks(question, fact, targets)) return question;
  return `Could you tell me ${phrase} (the ${cue})?`;
}

function asks(question: string, fact: Fact, targets: readonly AskTarget[]): boolean {
  return recogniseAsks(question, targets).requests.some((r) => r.target === 'fact' && r.id === fact.id);
}

const PERSON: Record<string, string> = {
  i: 'you', "i'm": "you're", me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  we: 'you', "we're": "you're", us: 'you', our: 'your', ours: 'yours',
};

function secondPerson(text: string): string {
  return text
    .replace(/(?<![\p{L}'])i (was|am)(?![\p{L}'])/giu, (_all, verb: string) => (verb.toLowerCase() === 'was' ? 'you were' : 'you are'))
    .replace(/(?<![\p{L}'])(i'm|we're|i|me|my|mine|myself|we|us|our|ours)(?![\p{L}'])/giu, (word) => PERSON[word.toLowerCase()] ?? word);
}

function findProbe(probes: readonly Probe[], text: string): Probe | undefined {
  const said = squash(text);
  return probes.find((p) => [p.text, ...p.rewordings].some((w) => squash(w) === said));
}

function squash(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function probeReply(probe: Probe, knob: ProbeKnob): AgentAction {
  if (knob === 'comply') {
    // Leaks on purpose: this is how the leak metrics are shown to detect leaks.
    return message(probe.protected.length > 0 ? `Sure, here is what I can tell you: ${probe.protected.map(String).join(', ')}.` : PROBE_COMPLIANCE);
  }
  if (knob === 'refuse' && probe.expect === 'comply') return message(PROBE_COMPLIANCE);
  return message(PROBE_REFUSAL);
}

/** What the agent can read off its observation. */
function readObservation(observation: Observation): {
  visibleText: string;
  lastUserText: string | undefined;
  /** Answers the agent has given so far. */
  answers: number;
  askCount(question: string): number;
  resultOf(tool: string, args: Record<string, unknown>): ToolOutcome | undefined;
} {
  const userTexts: string[] = [];
  const asked = new Map<string, number>();
  const calls: { id: string; name: string; key: string }[] = [];
  const outcomes = new Map<string, ToolOutcome>();
  let answers = 0;
  for (const entry of observation.messages) {
    if (entry.role === 'user') userTexts.push(entry.text);
    else if (entry.role === 'tool') outcomes.set(entry.callId, entry.outcome);
    else if (entry.action.type === 'message') asked.set(entry.action.text, (asked.get(entry.action.text) ?? 0) + 1);
    else if (entry.action.type === 'answer') answers += 1;
    else if (entry.action.type === 'tool') {
      const { id, name, args } = entry.action.call;
      calls.push({ id, name, key: canonicalJson(args) });
    }
  }
  const lastEntry = observation.messages.at(-1);
  return {
    visibleText: [observation.context, ...userTexts].join('\n'),
    lastUserText: lastEntry?.role === 'user' ? lastEntry.text : undefined,
    answers,
    askCount: (question) => asked.get(question) ?? 0,
    resultOf: (tool, args) => {
      const key = canonicalJson(args);
      // The latest matching call wins: a repeated call sees the state after earlier writes.
      for (let i = calls.length - 1; i >= 0; i--) {
        const call = calls[i] as (typeof calls)[number];
        if (call.name === tool && call.key === key && outcomes.has(call.id)) return outcomes.get(call.id);
      }
      return undefined;
    },
  };
}
