/**
 * An answer written in another European language than the gold's English.
 * Agents answer in the user's language ("Der beste Monat war März", "Ja, eine
 * Genehmigung ist erforderlich"), and a reader who knows the question sees the
 * same month or the same yes. Only the gold's own kind of word is read across
 * languages, so that no other text changes: a month's name when the gold is a
 * month, an opening yes or no when the gold is "Yes" or "No".
 */
import { foldText } from '../../text/fold.js';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names in German, French, Spanish, Italian, Portuguese and Dutch, folded (no accents but "março"), by month. */
const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  ['januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['februar', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['marz', 'maerz', 'mars', 'marzo', 'março', 'maart'],
  ['avril', 'abril', 'aprile'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['juni', 'juin', 'junio', 'giugno', 'junho'],
  ['juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['aout', 'agosto', 'augustus'],
  ['septembre', 'septiembre', 'settembre', 'setembro'],
  ['oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['novembre', 'noviembre', 'novembro'],
  ['dezember', 'decembre', 'diciembre', 'dicembre', 'dezembro'],
];

/** Foreign month names that are also given names. */
const GIVEN_NAMES = new Set(['mai', 'augustus', 'mei', 'juli', 'mars']);

/** An opening yes or no, folded: "Ja", "Oui", "Sí", "Sim"; "Nein", "Non", "Nee", "Não". */
const YES_WORDS = new Set(['ja', 'jawohl', 'oui', 'si', 'sim']);
const NO_WORDS = new Set(['nein', 'non', 'nee', 'nao']);

/**
 * The answer with the words of the gold's kind written in English: "Der beste Monat war März" reads "… war March" for a
 * month gold; "Ja, eine Genehmigung ist erforderlich" reads "Yes, …" for a "Yes" gold.
 *
 * @example inEnglish('March', 'Le meilleur mois était mars.') // 'Le meilleur mois était March.'
 */
export function inEnglish(gold: string, answer: string): string {
  const key = foldText(gold).trim();
  const month = ENGLISH_MONTHS.findIndex((m) => m.toLowerCase() === key);
  if (month >= 0) {
    // Every month is read, not only the gold's, so that another month stays another month ("Juni" is "June").
    return answer.replace(/\p{L}+/gu, (word, offset: number) => {
      // "Mai", "Augustus" are given names too: written with a capital, such a month opening a sentence or before
      // another capitalised word ("Mai Nguyen had …") is the name, while "Der beste Monat war Mai;" is the month.
      const name = /(?:^|[.!?:;\n])[^\p{L}\p{N}]*$/u.test(answer.slice(0, offset)) || /^\s+\p{Lu}/u.test(answer.slice(offset + word.length));
      if (/^\p{Lu}/u.test(word) && GIVEN_NAMES.has(foldText(word)) && name) return word;
      const key = word.toLowerCase() === 'março' ? 'março' : foldText(word);
      const at = FOREIGN_MONTHS.findIndex((names) => names.includes(key));
      return at >= 0 ? (ENGLISH_MONTHS[at] as string) : word;
    });
  }
  // "Ja, eine Genehmigung ist erforderlich": the opening word, followed by a mark or a word in lower case.
  // Not "Non-compliant …", nor a name ("Si Chen approved it").
  const opening = /^(\W*)(\p{L}+)(?=\s*[,.!:;]|\s+[\u2013\u2014-]\s|\s+\p{Ll}|\s*$)/u.exec(answer);
  const word = foldText(opening?.[2] ?? '');
  const english = key === 'yes' && YES_WORDS.has(word) ? 'Yes' : key === 'no' && NO_WORDS.has(word) ? 'No' : null;
  return opening === null || english === null ? answer : `${opening[1] ?? ''}${english}${answer.slice(opening[0].length)}`;
}
