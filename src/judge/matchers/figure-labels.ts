/**
 * "Label: figure" answers for `exact`: "Svetlana Orlova: 38% (19 of 50)" opens with one labelled figure and so
 * answers with its label, while "Priscilla Tan: 14 escalations. Marco Ruiz: 12." lists several and singles none
 * out.
 */
import { foldText } from '../../text/fold.js';

/**
 * The label of the one "Label: figure" the answer opens with ("Svetlana Orlova: 38% (19 of 50)"), or `null` when it
 * opens otherwise or gives several such figures ("A: 41%. B: 38%.").
 */
export function figureLabel(answer: string): string | null {
  const labels = figureLabels(answer);
  const label = labels.length === 1 && labels[0]?.index === 0 ? (labels[0][1] ?? '').trim() : null;
  // "… This quarter the leader is Joaquin Ruiz": a later sentence that names another record, not ranked below it.
  const rest = answer.slice((labels[0]?.[0] ?? '').length).split(/(?<=[.;!?])\s+|\n+/);
  const rival = rest.some((x) => /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(x) && !/\b(?:next|second|runner-up|behind|trails?|trailing|below|lower|fewer|less|followed|then|everyone else|the rest|others?)\b/i.test(x));
  return rival ? null : label;
}

/** "Label: figure" sentences or lines ("Priscilla Tan: 14 escalations. Marco Ruiz: 12."). */
function figureLabels(answer: string): RegExpMatchArray[] {
  return [...answer.matchAll(/(?:^|[.;!?]\s+|\n\s*(?:[-*•]\s*)?)(\p{Lu}[^:.;!?\n]{1,40}):\s*[$€£]?\d[^.;!?\n]*/gu)];
}

/** Several "Label: figure" entries, the gold's among them, with none singled out by a mark or a superlative. */
export function amongLabelledFigures(gold: string, answer: string): boolean {
  const labels = figureLabels(answer);
  const own = labels.find((m) => fold(m[1] ?? '') === fold(gold));
  return labels.length >= 2 && own !== undefined && !/\*\*|✅|←|\b(?:most|highest|top|best|lowest|fewest|winner)\b/i.test(own[0]);
}

/** Folded, with a hyphen, dash or slash between words read as a space, as `exact` compares. */
function fold(text: string): string {
  return foldText(text).replace(/(?<=\p{L})\s*[-/]\s*(?=\p{L})/gu, ' ').replace(/\s+/g, ' ').trim();
}
