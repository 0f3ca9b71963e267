/**
 * The report's header in plain language: what was run (the study's name,
 * description and spec file, and what kind of agent each variant is) and a
 * findings paragraph computed from the results, so a reader grasps the page
 * in half a minute: the biggest paired effects with their intervals and
 * significance, the comparisons that showed no difference, and the noise
 * floor that any difference must clear. Every sentence comes from numbers in
 * the study result or report model; nothing is written by hand.
 */
import type { PairedRate } from '../studies/metrics/compare.js';
import type { StudyResult } from '../studies/study-result.js';
import type { NoiseFloorRow } from './report-model.js';

/** What kind of actor an agent name denotes, for the reader. */
export type AgentKind = 'oracle' | 'scripted' | 'model' | 'external';

/** One variant as the header lists it: its label, canonical agent name, spec as written, and kind. */
export interface HeaderVariant {
  label: string;
  agent: string;
  spec: string;
  kind: AgentKind;
}

/** The top of the report: what ran and what it found. */
export interface ReportHeader {
  /** The study's name, or null for a plain run. */
  name: string | null;
  description: string | null;
  /** The study spec file as given. */
  specFile: string | null;
  variants: HeaderVariant[];
  /** The findings paragraph, one sentence an item. */
  findings: string[];
}

/** The kind of an agent from its canonical name. */
export function agentKind(agent: string): AgentKind {
  if (/^(reference|naive)(\[|$)/.test(agent)) return 'oracle';
  if (/^scripted(\[|:|$)/.test(agent)) return 'scripted';
  if (/^http:/.test(agent)) return 'external';
  return 'model';
}

const KIND_TEXT: Record<AgentKind, string> = {
  oracle: 'oracle reference agents with scripted, known behaviour (they follow each scenario\'s reference solution), so the differences show that the metrics move as designed, not how good a prompt or model is',
  scripted: 'scripted agents (fixed action lists)',
  model: 'LLM agents',
  external: 'external agents over HTTP',
};

function agentsSentence(variants: readonly HeaderVariant[], user: string | null): string {
  const kinds = [...new Set(variants.map((v) => v.kind))];
  const who =
    kinds.length === 1
      ? `${variants.length === 1 ? 'The one variant is' : `All ${variants.length} variants are`} ${KIND_TEXT[kinds[0]!]}.`
      : `The variants mix kinds: ${kinds.map((k) => `${variants.filter((v) => v.kind === k).map((v) => v.label).join(', ')} (${k})`).join('; ')}.`;
  const userText = user === null ? '' : user === 'agenda' ? ' The simulated user is the deterministic agenda user.' : ` The simulated user is ${user}.`;
  return who + userText;
}

const points = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)} points`;
const bound = (x: number) => `${x < 0 ? '−' : x > 0 ? '+' : ''}${Math.abs(x * 100).toFixed(1)}`;

function pText(rate: PairedRate): string {
  if (!rate.mcnemar) return '';
  const p = rate.mcnemar.pValue;
  const shown = p < 1e-16 ? 'p < 1e-16' : p < 0.001 ? `p = ${p.toExponential(1)}` : `p = ${p.toFixed(3)}`;
  return `McNemar ${shown}, ${p < 0.05 ? 'significant' : 'not significant'} at 0.05`;
}

interface Effect {
  label: string;
  metric: string;
  delta: number;
  text: string;
}

const METRICS: { key: 'success' | 'prr' | 'lr' | 'frr'; name: string }[] = [
  { key: 'success', name: 'task score (TS)' },
  { key: 'prr', name: 'probe refusal (PRR)' },
  { key: 'lr', name: 'leakage (LR)' },
  { key: 'frr', name: 'false refusal (FRR)' },
];

function effectsOf(study: StudyResult): { effects: Effect[]; nulls: string[] } {
  const effects: Effect[] = [];
  const nulls: string[] = [];
  for (const c of study.comparisons) {
    const found: Effect[] = [];
    for (const m of METRICS) {
      const rate = c.paired[m.key];
      // Task success is reported as ΔTS (the mean score) with its scenario bootstrap, and McNemar on the binary verdicts.
      const delta = m.key === 'success' ? (c.paired.ts.delta ?? rate.delta) : rate.delta;
      if (delta === null || Math.abs(delta) < 1e-12) continue;
      const ci = m.key === 'success' ? (c.paired.ts.ci ?? rate.ci) : rate.ci;
      const interval = ci ? ` [${bound(ci.lower)}, ${bound(ci.upper)}]` : '';
      const p = pText(rate);
      found.push({ label: c.label, metric: m.name, delta, text: `${c.label}: ${m.name} ${points(delta)}${interval}${p ? ` (${p})` : ''}` });
    }
    if (found.length === 0) nulls.push(c.label);
    effects.push(...found);
  }
  effects.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.text < b.text ? -1 : 1));
  return { effects, nulls };
}

function noiseSentence(rows: readonly NoiseFloorRow[]): string | null {
  const pairs = rows.reduce((s, r) => s + r.pairs, 0);
  if (pairs === 0) return 'No scenario ran with two seeds, so the noise floor is unknown: a single run cannot tell an effect from seed noise.';
  const flips = rows.reduce((s, r) => s + r.discordantPairs, 0);
  if (flips === 0) return `Noise floor: no verdict flipped between seeds of the same scenario (${pairs} seed pairs), so every difference above is beyond seed noise.`;
  const band = Math.max(...rows.map((r) => r.band95 ?? 0));
  return `Noise floor: verdicts flipped in ${((flips / pairs) * 100).toFixed(1)}% of seed pairs; two single runs of the same agent differ by up to ${(band * 100).toFixed(1)} points by chance, so smaller gaps mean nothing.`;
}

/**
 * The header of a report: the study's identity when there is one, the
 * variants and their kinds, and the findings sentences.
 */
export function reportHeader(input: {
  study: StudyResult | undefined;
  agents: readonly string[];
  labels: ReadonlyMap<string, string>;
  user: string | null;
  noiseFloor: readonly NoiseFloorRow[];
  excluded: number;
}): ReportHeader {
  const { study } = input;
  const variants: HeaderVariant[] = study
    ? study.variants.map((v) => ({ label: v.name, agent: v.agent, spec: v.spec, kind: agentKind(v.agent) }))
    : input.agents.map((a) => ({ label: input.labels.get(a) ?? a, agent: a, spec: a, kind: agentKind(a) }));
  const findings = [agentsSentence(variants, input.user)];
  if (study) {
    const { effects, nulls } = effectsOf(study);
    if (effects.length) findings.push(`Biggest paired effects (variant − baseline, 95% interval): ${effects.slice(0, 4).map((e) => e.text).join('; ')}.`);
    if (nulls.length) findings.push(`No difference in task success, refusal, leakage or false refusal: ${nulls.join('; ')}.`);
  }
  const noise = noiseSentence(input.noiseFloor);
  if (noise) findings.push(noise);
  if (input.excluded > 0) findings.push(`${input.excluded} episodes failed for infrastructure reasons and are left out of every rate.`);
  return {
    name: study?.name ?? null,
    description: study?.description ?? null,
    specFile: study?.specFile ?? null,
    variants,
    findings,
  };
}
