/**
 * The labelled ask corpus (`corpora/asks/`) read and scored: each message is
 * recognised against its context's facts and the requested ids are compared
 * with the labels. Precision and recall are micro-averaged over the (message,
 * fact) requests; per kind, a request counts under the kind of its fact.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { recogniseAsks, type AskTarget, type FactKind } from '../../src/index.js';

interface FactDef {
  id: string;
  text: string;
  kind: FactKind;
  cues?: string[];
}

/** One labelled message. */
export interface CorpusItem {
  context: string;
  message: string;
  asks: string[];
  targets: AskTarget[];
  kindOf: Map<string, FactKind>;
}

/** Precision, recall and their counts. */
export interface Score {
  messages: number;
  exact: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const root = new URL('../../corpora/asks/', import.meta.url);

/** The items of one part of the corpus. */
export function readCorpus(part: 'tuning' | 'held-out'): CorpusItem[] {
  const facts = parse(readFileSync(new URL('facts.yaml', root), 'utf8')) as Record<string, FactDef[]>;
  const data = parse(readFileSync(new URL(`${part}.yaml`, root), 'utf8')) as Record<string, { t: string; a: string[] }[]>;
  const targets = new Map(
    Object.entries(facts).map(([ctx, defs]) => [ctx, defs.map((d): AskTarget => ({ id: d.id, target: 'fact', text: d.text, kind: d.kind, cues: d.cues ?? [], notCues: [] }))]),
  );
  const items: CorpusItem[] = [];
  for (const [context, list] of Object.entries(data)) {
    const defs = facts[context] ?? [];
    for (const { t, a } of list) {
      items.push({ context, message: t, asks: a, targets: targets.get(context) ?? [], kindOf: new Map(defs.map((d) => [d.id, d.kind])) });
    }
  }
  return items;
}

function score(rows: { got: string[]; want: string[] }[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  for (const { got, want } of rows) {
    const hit = got.filter((g) => want.includes(g)).length;
    tp += hit;
    fp += got.length - hit;
    fn += want.length - hit;
    if (hit === want.length && got.length === want.length) exact++;
  }
  return { messages: rows.length, exact, tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** The deterministic recogniser's scores on `items`, overall and per fact kind. */
export function scoreCorpus(items: readonly CorpusItem[]): { overall: Score; byKind: Map<FactKind, Score> } {
  const rows = items.map((item) => ({ item, got: recogniseAsks(item.message, item.targets).requests.map((r) => r.id) }));
  const overall = score(rows.map((r) => ({ got: r.got, want: r.item.asks })));
  const byKind = new Map<FactKind, Score>();
  const kinds = new Set(items.flatMap((i) => [...i.kindOf.values()]));
  for (const kind of [...kinds].sort()) {
    const ofKind = (ids: string[], item: CorpusItem): string[] => ids.filter((id) => item.kindOf.get(id) === kind);
    const kindRows = rows.map((r) => ({ got: ofKind(r.got, r.item), want: ofKind(r.item.asks, r.item) })).filter((r) => r.got.length + r.want.length > 0);
    byKind.set(kind, score(kindRows));
  }
  return { overall, byKind };
}
