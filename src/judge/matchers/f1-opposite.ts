/**
 * Token F1 counts every shared word and a single replaced one barely moves it:
 * "our pricing was lower than competitor offers" shares all but one word of
 * "… higher than competitor offers" and says the opposite. An answer that uses
 * the opposite of a gold's comparative or direction word, and never the word
 * itself, says another thing, whatever its overlap.
 */

/** Words and their opposites, both ways; a group lists every form that says the same direction. */
const OPPOSITES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['higher', 'high'], ['lower', 'low']],
  [['increase', 'increased', 'increases', 'rose', 'rise', 'rising', 'grew', 'growing'], ['decrease', 'decreased', 'decreases', 'fell', 'fall', 'falling', 'dropped', 'declined', 'shrank']],
  [['above'], ['below']],
  [['before'], ['after']],
  [['faster'], ['slower']],
  [['longer'], ['shorter']],
  [['larger', 'bigger', 'greater'], ['smaller']],
  [['earlier'], ['later']],
  [['best'], ['worst']],
  [['won', 'win', 'wins', 'winning'], ['lost', 'lose', 'loses', 'losing']],
  [['most'], ['least']],
  [['maximum'], ['minimum']],
  [['cheaper'], ['pricier']],
];

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);

/** How the answer turns a gold's direction word around ("says \"lower\" where the gold says \"higher\""), or `null`. */
export function oppositeWord(gold: string, answer: string): string | null {
  const [g, a] = [words(gold), words(answer)];
  for (const [one, other] of OPPOSITES) {
    for (const [said, opposite] of [[one, other], [other, one]] as const) {
      const goldWord = said.find((w) => g.has(w));
      const answerWord = opposite.find((w) => a.has(w));
      if (goldWord !== undefined && answerWord !== undefined && !said.some((w) => a.has(w)) && !opposite.some((w) => g.has(w))) {
        return `says ${JSON.stringify(answerWord)} where the gold says ${JSON.stringify(goldWord)}`;
      }
    }
  }
  return null;
}
