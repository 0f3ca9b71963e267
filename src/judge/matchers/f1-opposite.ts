/**
 * Token F1 counts every shared word and a single replaced one barely moves it:
 * "our pricing was lower than competitor offers" shares all but one word of
 * "… higher than competitor offers" and says the opposite. An answer that uses
 * the opposite of a gold's comparative or direction word, and never the word
 * itself, says another thing, whatever its overlap. So does one that names
 * another colour than the gold's ("the light blinks red" for "… blinks
 * blue"), or no limit on what the gold allows once ("as many times as you
 * like" for "exchanged once").
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

/** Colours: an answer that names another one, and never the gold's, describes another thing. */
const COLOURS = ['red', 'blue', 'green', 'yellow', 'orange', 'white', 'black', 'purple', 'amber', 'pink', 'gray', 'grey', 'violet', 'cyan', 'magenta'];
/** Once only, against no limit on the number of times. */
const ONCE = /\b(?:once|one time|a single time)\b/i;
const UNLIMITED = /\b(?:as many times as|any number of times|unlimited(?: times| exchanges| returns)?|multiple times|repeatedly|as often as)\b/i;

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
  const goldColour = COLOURS.find((c) => g.has(c));
  const otherColour = COLOURS.find((c) => a.has(c) && !g.has(c));
  if (goldColour !== undefined && otherColour !== undefined && !COLOURS.some((c) => g.has(c) && a.has(c))) return `says ${JSON.stringify(otherColour)} where the gold says ${JSON.stringify(goldColour)}`;
  if (ONCE.test(gold) && UNLIMITED.test(answer) && !UNLIMITED.test(gold)) return `sets no limit ("${UNLIMITED.exec(answer)?.[0] ?? ''}") where the gold says once`;
  return null;
}
