/**
 * A clause that is a question asks about its content; it does not say it holds. "Are you sure you want the
 * reservation cancelled?" and "Should I get the discount applied now?" name the outcome only as something the
 * answer asks about. A clause before the question that states something ("Your booking is confirmed — shall I email
 * the receipt?", "Now that the seat is upgraded, want lounge access?") still says it.
 */

/** Words that open a question: an auxiliary or modal first, a wh-word, or a request ("want me to …"). */
const INTERROGATIVE = /^\W*(?:(?:and|so|but|or|ok|okay|also|then)\W+)?(?:would|should|shall|do|does|did|can|could|will|may|might|must|is|are|was|were|am|have|has|had|want|wanna|need|who|what|which|when|where|why|how|any|anything|ready|mind|care)\b/i;
/**
 * Words that open a clause taking its content as given: "now that …", "since …". One list for the clause's opening,
 * the cut before it and the clause before the gold. Bare "as" and "after" are left out: they are prepositions as
 * often ("Shall I close it after the refund is processed?" asks about the refund).
 */
const GIVEN = String.raw`(?:now that|since|because|once|given that|seeing (?:as|that))`;
/** A clause that takes its content as given. */
const PRESUPPOSED = new RegExp(String.raw`^\W*${GIVEN}\b`, 'i');
/** Such a clause opened earlier in the sentence, up to the gold (folded text): "… help with now that your order is". */
export const GIVEN_BEFORE = new RegExp(String.raw`\b${GIVEN}\b[^?,;]*$`, 'i');
/** Where a sentence that is a question is cut into clauses: after a dash, colon, semicolon or comma, or before a given clause. */
const CLAUSE_CUT = new RegExp(String.raw`(?<=\s[-\u2013\u2014]\s|:\s|;\s|,\s)|(?=\s${GIVEN}\s)`, 'i');

/**
 * The answer without the clauses that are questions. A sentence ending in "?" is cut into clauses at dashes, colons,
 * semicolons and commas, and before a word that takes what follows as given ("now that", "since"); its last clause,
 * and any clause that opens like a question, are asked, unless they open by taking their content as given.
 *
 * @example withoutQuestions('Done. Do you want the refund issued?') // 'Done.'
 */
export function withoutQuestions(answer: string): string {
  return answer
    .split(/(?<=[.!?])(?=\s)|(?=\n)/)
    .map((sentence) => {
      if (!/\?[\s\p{Extended_Pictographic}\ufe0f)*_"'”’]*$/u.test(sentence)) return sentence;
      const clauses = sentence.split(CLAUSE_CUT);
      return clauses.filter((clause, i) => PRESUPPOSED.test(clause) || (i < clauses.length - 1 && !INTERROGATIVE.test(clause))).join('');
    })
    .join('');
}
