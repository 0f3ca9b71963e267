/**
 * The "None" convention from CRMArena: a gold answer of "None" means that no
 * record satisfies the question, and any answer that clearly says so is
 * correct, whatever the matcher. Without this rule "There is no such
 * opportunity." would fail an exact match against "None" although it is the
 * right answer.
 */
import { foldText } from '../../text/fold.js';
import { normalizeAnswer } from '../normalize.js';
import { offeredValue } from './none-offered.js';

/** Whole answers (after normalisation) that mean "nothing". */
const BARE_NONE = new Set([
  'none',
  'null',
  'nil',
  // "N/A" and "n.a." normalise to "n": the "a" is dropped as an article.
  'n',
  'na',
  'no',
  'nope',
  'nah',
  'unfortunately no',
  'sadly no',
  'none at all',
  'nothing',
  'zilch',
  'nada',
  'nobody',
  'no one',
  'empty',
  'not found',
  'not applicable',
  'not available',
  'zero records',
  'not that i can see',
  'not that i could find',
  'not that i know of',
  'not that i m aware of',
  '0 records',
]);

/**
 * Phrases that say "no such record" inside a short sentence, matched on the
 * normalised answer (lowercase, no punctuation, no articles).
 */
const NO_RECORD_PHRASES: readonly RegExp[] = [
  /\bnone\b/,
  /\b(?:there|it) (?:is|are|was|were) (?:currently |still |presently |now |really |actually )?(?:no|0|zero)\b/,
  // "The customer has never filed a complaint": the subject never did the thing asked about.
  /^(?:\w+ ){1,3}(?:has|have|had) never\b/,
  /\bno (?:such|matching|relevant|corresponding|qualifying|eligible)\b/,
  /\bno (?:\w+ ){0,2}(?:records?|results?|matches|entries|entry|rows?)\b/,
  /\bno \w+(?: \w+)? (?:was|were|is|are|has been|have been|could be) (?:found|recorded|listed|identified|returned|associated)\b/,
  /\b(?:does|do|did) not exist\b/,
  /\b(?:doesn t|don t|didn t) exist\b/,
  /\b(?:could not|couldn t|cannot|can t|was unable to|were unable to|unable to) (?:find|locate|identify)\b/,
  /\bthere s no\b/,
  /\bthere (?:isn t|aren t|wasn t|weren t|is not|are not|was not|were not) (?:one|any)\b/,
  /^no \w+(?: \w+){0,4}? (?:is|are|was|were|has|have|had|did|do|does|exceeded|hit|passed|violated|breached|received|made|qualified|qualify|qualifies|met|meet|meets|reached|closed|won|matched|match|matches|applies|apply|fit|fits|fitted|satisfy|satisfies|satisfied|exist|exists|existed|appear|appears|appeared|came up|showed up|turned up)\b/,
  // Articles are dropped by normalisation: "Not a single account …" reads "not single account …".
  /^not (?:single|one|any)\b/,
  /^not that i (?:can see|could see|could find|can find|know of|m aware of|am aware of)\b/,
  // "No violations that I can see.": the same, after the thing looked for.
  /^no \w+(?: \w+){0,2} (?:that )?(?:i|we) (?:can|could) (?:see|find|tell)\b/,
  /\bnot single\b/,
  /^(?:result|results|count|total|matches|records|rows)(?: is| are| =)? (?:0|zero|none)$/,
  // A short answer that is only "No escalations", "No discount this month".
  /^no \w+(?: \w+){0,3}$/,
  /\b(?:list|result|search|report|query|it|field|value|record|column) (?:is|was|are|were|came back|comes back) (?:empty|blank|null|not set|unset)\b/,
  /\b(?:returned|found|shows|showed|yielded|has|had|gave) (?:0|zero) (?:\w+ )?(?:matching|matches|results?|records?|entries|hits|rows)\b/,
  /\b(?:0|zero) (?:matching|matches|results?|records?|entries|hits|rows)\b/,
  /\b(?:you|we|i|they|it|he|she|account|customer|user) (?:have|has|had|s|ve|currently have|currently has) (?:no|zero|0)\b/,
  /\b(?:returned|found|shows|showed|yielded|gave|turned up|came back with) nothing\b/,
  /\b(?:don t|doesn t|didn t|do not|does not|did not|can t|cannot|couldn t) (?:\w+ ){0,2}(?:have|has|see|find|locate|show) (?:any|a single)\b/,
  /\b(?:wasn t|weren t|was not|were not|not|isn t|aren t) (?:able to|seem to) (?:find|locate|identify|be any|be a|exist)\b/,
  /\b(?:doesn t|don t|does not|do not) (?:seem to |appear to )?(?:be|exist) any\b/,
  /\bnothing (?:was |is )?(?:found|matches|matched|returned|came up|turned up|shows up|showed up|fails|failed|is missing|was missing|is overdue|applies|violates|violated|breaches|breached)\b/,
  // "I read the transcript and found no violation": the search found nothing of the kind asked about.
  /\b(?:found|find|saw|see|detected|identified|spotted|flagged) no\b/,
  /\b(?:no|zero) (?:\w+ ){0,3}(?:found|exists?|matched|match|qualif(?:y|ies)|met|meet)\b/,
];

/** "All queues met the target", "Every one was escalated within the SLA", "Everything is within policy limits": nothing fails. */
const ALL_MET = /^(?:all|every|everything|each)\b(?: \w+){0,6}? (?:met|meet|meets|complied|comply|complies|compliant|in compliance|within)\b/;
/** "Probably not", "I don't think so", "likely none": a guess that nothing matches. */
const HEDGED = /^(?:probably|likely|possibly|maybe|perhaps|i (?:don t |do not )?(?:think|believe|guess|suspect)|i doubt|not sure|unsure)\b/;

/** Answers longer than this are not read as "no such record" by phrase: a long answer that mentions "none" is saying something else. */
const MAX_NO_RECORD_WORDS = 30;

/**
 * Whether a gold answer uses the "None" convention: the string "None" (any
 * case, quotes and punctuation ignored), or an empty list.
 */
export function isNoRecordGold(expected: string | number | readonly (string | number)[]): boolean {
  if (Array.isArray(expected)) {
    return expected.length === 0 || (expected.length === 1 && isNoRecordGold(expected[0] as string | number));
  }
  return typeof expected === 'string' && normalizeAnswer(expected) === 'none';
}

/** Idioms that contain "no" but say nothing about records: "there is no question/doubt …". */
const IDIOMS = /\b(?:no (?:question|doubt|problem|worries|issue|way|idea|clue|comment|access|luck|answer|wonder|need)|nothing but|nothing else but|no sooner|no longer|none other than|not only|no matter)\b/;
/** Words that turn from a first finding to a second: what follows may name a record. */
const TURN =
  /\b(?:but|however|though|although|yet|then|later|actually|instead|except|whereas|apart from|other than|besides|save for|with the exception of|after (?:that|all)|on second|turns out|wait|did find|i found|we found|found (?:one|a|an|the)|there is one|there was one|with (?:\w+ ){1,3}included|if (?:you|we) include|(?:second|other|another|remaining|rest of) (?:\w+ )?(?:flagged|found|shows|showed|turned up|has|had|returned|failed|breached)|so (?:i|we) (?:widened|broadened|expanded|extended|relaxed|loosened|changed|switched|tried|looked at|checked|searched|used))\b/g;
/**
 * A turn that only mentions a near miss, or denies it, names no record: "but the closest match is …", "but it misses
 * on Timeline", "though I did find a closed one" (a record of another kind than the one asked for).
 */
const NEAR_MISS = /\b(?:(?:closed|older|old|expired|inactive|archived|cancelled|canceled|different|similar|related|lost|previous|earlier|later|deleted) one|closest|nearest|next best|came close|close|similar|near miss|not|no|never|miss(?:es|ed)?|fails?|failed|falls? short|outside|n t)\b/;
/** A caveat about the data after a turn names no record: "although the Q4 data may be incomplete", "… is still syncing". */
const DATA_CAVEAT =
  /^(?:(?:(?:the|this|that|our|your|their|some|latest|recent|current|older|q[1-4]|h[12]|fy\d*|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|crm|claims?|sales|order|orders|billing|support) ){0,4}(?:data|records?|numbers|figures|report|export|sync|feed|system|logs?|archive|history|database|dataset|index)\b|(?:the )?\w+ (?:sync|feed|export|integration|connector)\b)[^.;!?]{0,30}?\b(?:incomplete|partial|missing|out of date|outdated|stale|delayed|lagging|behind|not (?:yet )?(?:synced|updated|complete|final)|still (?:syncing|loading|updating|refreshing|running|processing|importing|coming in|arriving|being (?:synced|updated|loaded|refreshed|imported|processed)))\b(?:\s+(?:for|in|before|after|from|until|by)\s+(?:\w+\s+){0,2}?\w+|\s+(?:overnight|today|tonight|right now|at the moment))?\s*$/;
/** Phrases that commit to a record even after saying nothing matched exactly: "so I went with …", "so start with 00T…". */
const COMMIT = /\b(?:went with|going with|go with|start with|begin with|work on|focus on|picked|chose|selected|settled on|the answer is|answer would be|i ll (?:go ahead and |just )?(?:use|assume)|assuming (?:that|it) s|using|turn(?:s|ed) out to (?:qualify|match|be)|does (?:qualify|match)|qualifies after all|matches after all)\b/;
/** What clears a first thought: "but it was updated", "but it is within policy", "but it wasn't late". */
const CLEARED = /\b(?:not|no|never|\w+n't|updated|fixed|resolved|corrected|cleared|paid|approved|within|fine|ok|okay|compliant|valid|on time|extended|exempt|excluded)\b/i;
/** A first thought taken back by "but" and a pronoun, with no name or number after it: "I first thought X was late, but it was extended". */
const FIRST_THOUGHT = /\b(?:I|we)\s+(?:first\s+|initially\s+|originally\s+|at first\s+)?(?:thought|suspected|flagged|assumed)\b[^.;!?\n]*?,?\s+but\s+(?:it|that|this|they|he|she)\b[^.;!?\n\p{Lu}\d]*(?:[.;!?]|$)/gu;
/** A bare "No" or "Nope" that opens an answer: what follows says whether anything matches. */
const INTERJECTION = /^\s*(?:no|nope|nah)\s*[,.!:;\-\u2013\u2014]+\s*(\S[\s\S]*)$/i;
/** "None — …", "N/A (…)", "0 results: …": an answer that opens by saying nothing matches, then goes on. */
const NONE_OPENING = /^\s*(?:none|nil|zilch|nada|n\/a|n\.a\.?|zero results|0 results|no results|no matches|not applicable)\s*[,.!:;(\-\u2013\u2014]+\s*\S/i;
/** An answer opening with a subject that is nothing: "Nobody on the team …", "Zero cases were …", "Nothing is scheduled." */
// Also in the user's language: "Aucun enregistrement ne correspond", "Keine Angebote verletzen …", "Ningún pedido …".
const EMPTY_SUBJECT = /^(?:nobody|no one|nothing|zero|none|aucun|aucune|rien|kein|keine|keiner|keinen|nichts|niemand|ningun|ninguno|ninguna|nadie|nessun|nessuno|nessuna|niente|nulla|geen|nenhum|nenhuma|ninguem)\b/;
/** An empty subject in another language than English, whose turns ("sauf", "außer", "pero") this module cannot read. */
const FOREIGN_EMPTY = /^(?:aucun|aucune|rien|kein|keine|keiner|keinen|nichts|niemand|ningun|ninguno|ninguna|nadie|nessun|nessuno|nessuna|niente|nulla|geen|nenhum|nenhuma|ninguem)\b/;

/**
 * Whether an answer says that no record matches. Accepted: a bare "None",
 * "null", "N/A", "no", "nothing", "nobody", "not found" and the like; or an
 * answer of at most 30 words containing a phrase such as "there is no …",
 * "no such …", "no matching …", "no records", "… does not exist" or
 * "could not find …", provided it does not go on to name a record ("…, but
 * then I found account Initech") and the "no" is not an idiom ("there is no
 * question the owner is Raj Patel").
 *
 * @example saysNoRecord('There is no such opportunity.') // true
 */
export function saysNoRecord(actual: string): boolean {
  return noRecordVerdict(actual).pass;
}

/** `saysNoRecord` with the reason. */
export function noRecordVerdict(actual: string): { pass: boolean; reason: string } {
  const normalized = normalizeAnswer(foldText(actual));
  if (normalized === '') return { pass: false, reason: 'none: an empty answer says nothing' };
  if (BARE_NONE.has(normalized)) return { pass: true, reason: `none: the answer is ${JSON.stringify(normalized)}` };
  // "Should I include archived accounts? Among active ones, none …": a question back about the scope comes before any answer.
  if (/^[^.!?]*\b(?:should i|shall i|do you want (?:me to )?|would you like (?:me to )?|did you mean to)\s*(?:include|count|exclude|consider|look at|check|add)\b[^.!?]*\?/i.test(actual.trim())) return { pass: false, reason: 'none: the answer asks back about what to count before answering' };
  // "Probably not, but …", "I don't think so": a guess does not assert that nothing matches.
  if (HEDGED.test(normalized)) return { pass: false, reason: 'none: the answer only guesses that nothing matches' };
  // "No violations I could see, but I only skimmed the first half", "… in the first 200 results. Keep searching?": a
  // search the answer says it did not finish.
  const partial = /\b(?:only (?:skimmed|scanned|checked|searched|read|reviewed|looked at|got through)|(?:didn t|did not|haven t|have not) (?:finish|finished|get through|got through|check|checked|read) (?:all|the rest|everything|the whole)|not finished (?:checking|reading|reviewing)|(?:in|of|among|through|within) (?:my )?first \d+ (?:\w+ )?(?:records|results|rows|entries|items|pages|invoices|tickets|cases|accounts|orders|messages|transactions|hits|contacts|leads|opportunities|quotes)|still (?:need|have) to (?:check|review|search|go through|look)|(?:keep|continue) (?:searching|looking|checking)|(?:shall|should) i (?:continue|keep going)|remaining \d+)\b/.exec(normalized);
  if (partial) return { pass: false, reason: `none: the answer says its search was not complete ("${partial[0]}")` };
  // "I couldn't run the query. The API returned INVALID_FIELD …": a search that failed found nothing out.
  const failed = /\b(?:couldn t|could not|can t|cannot|was unable to|unable to|failed to) (?:run|execute|complete|finish) (?:the |that |this |my |your )?(?:query|search|lookup|report|request|call)\b|\b(?:api|query|call|request|server|system) (?:returned|threw|raised|gave) (?:an? )?(?:error|exception)\b/.exec(normalized);
  if (failed) return { pass: false, reason: `none: the answer says its search failed ("${failed[0]}")` };
  // "I couldn't find an exact match, but the closest is #W3310987": no exact match leaves the near one as its answer.
  if (/\bno (?:exact|perfect|direct) match|\b(?:find|locate|see) (?:an |any )?(?:exact|perfect|direct) match/.test(normalized) && namesSomething(actual)) return { pass: false, reason: 'none: the answer finds no exact match but names a near one' };
  // A long answer is read by its opening sentence or its conclusion ("… So: no violations.") when one says nothing matches.
  const sentences = sentencesOf(actual);
  const stated = sentences.filter((x, i) => (i === 0 || i === sentences.length - 1) && x.split(' ').length <= MAX_NO_RECORD_WORDS && statesNothing(x));
  if (normalized.split(' ').length > MAX_NO_RECORD_WORDS && stated.length === 0) return { pass: false, reason: `none: over ${MAX_NO_RECORD_WORDS} words, not read as "no such record"` };
  // "As far as I can tell, no — …": a lead-in before the "No" that only frames it.
  const interjection = INTERJECTION.exec(foldText(actual, { case: false }).replace(/^\s*(?:as far as i can (?:tell|see)|from what i can see|in short|short answer|simply put|to answer your question)\s*[,:]\s*/i, ''));
  if (interjection) {
    const rest = interjection[1] ?? '';
    // "No — but the HR sync is two days behind": a caveat about the data after the "No".
    const caveat = /^(?:but|though|although|however)\s+([\s\S]*)$/i.exec(rest)?.[1];
    if (caveat !== undefined && DATA_CAVEAT.test(normalizeAnswer(caveat))) return { pass: true, reason: 'none: the answer says "No" and then only a caveat about the data' };
    // "Nope — though Halvard AS is the next best match if you loosen the filter": a near miss after the "No".
    if (/^(?:though|although)\b/i.test(rest) && /\b(?:closest|nearest|next best|near miss)\b/.test(normalizeAnswer(rest)) && !COMMIT.test(normalizeAnswer(rest))) return { pass: true, reason: 'none: the answer says "No" and then only a near miss' };
    if (noRecordVerdict(rest).pass || !namesSomething(` ${rest}`)) return { pass: true, reason: `none: the answer says "No" and nothing after it names a record` };
    return { pass: false, reason: 'none: after "No" the answer names a record' };
  }
  const stripped = normalized.replace(IDIOMS, ' ');
  // "Aucun, sauf Q-00431": in another language, any record named may be an exception; only a bare statement is read.
  // Nouns are capitalised in German, so a record is a number or a code, or anything after an exception or a guess.
  if (FOREIGN_EMPTY.test(stripped)) {
    const named = /\d/.test(actual) || /\b(?:sauf|außer|ausser|excepto|salvo|tranne|eccetto|behalve|exceto|mais|aber|pero|ma|maar|mas|ahnung|vielleicht|peut etre|quizas|tal vez|forse|misschien|talvez)\b/.test(normalized);
    return named ? { pass: false, reason: 'none: the answer, in another language, names a record or a guess' } : { pass: true, reason: 'none: the answer says, in another language, that nothing matches' };
  }
  // "I reviewed all 11 messages … No policy was violated.": a sentence of its own may say it.
  // "No agent handled more than 50 cases in March": in a one-clause answer, a subject that is nothing before any verb in the past.
  const pastNone = /^no \w+(?: \w+)? \w{3,}ed\b/.test(stripped) && !/[;:]|[.!?]\s+\S/.test(actual.trim());
  const phrase = NONE_OPENING.test(foldText(actual, { case: false })) || statesNothing(stripped) || sentences.some(statesNothing) || pastNone;
  if (!phrase) return { pass: false, reason: 'none: the answer does not say that nothing matches' };
  // "Marisol Quintero — although there were no closed cases, …", "… However, the closest match is X.": a value offered.
  const offered = offeredValue(actual);
  if (offered !== null) return { pass: false, reason: `none: the answer puts ${JSON.stringify(offered)} forward as its answer` };
  // "It's Globex — no other account qualifies": "no other" and "the only" say exactly one.
  const only = /\b(?:no other|nothing else|no one else|nobody else|none other|the only|only one)\b/.exec(stripped);
  if (only && namesSomething(actual) && !EMPTY_SUBJECT.test(stripped)) return { pass: false, reason: `none: "${only[0]}" says one record matches` };
  const commit = COMMIT.exec(stripped);
  if (commit && namesSomething(actual)) return { pass: false, reason: `none: the answer settles on a record ("${commit[0]} …")` };
  // "I first thought 0065… was at the wrong stage, but it was updated yesterday": a candidate the answer dismisses in
  // the same sentence, the "but" naming nothing new, is no record it names.
  const kept = foldText(actual, { case: false }).replace(FIRST_THOUGHT, (m) => (CLEARED.test(m.slice(m.search(/\bbut\b/))) ? ' ' : m));
  // A relative clause describes the record just named ("…, which closed a week later"); it turns nothing.
  const main = normalizeAnswer(kept.replace(/,\s*(?:which|who|whose)\b[^.;!?]*/g, ' ')).replace(IDIOMS, ' ');
  for (const turn of main.matchAll(TURN)) {
    const after = main.slice(turn.index + turn[0].length);
    // "(The closest, #W331…, was placed a day later …)": a turn word inside a near miss's own clause turns nothing.
    const before = main.slice(Math.max(0, turn.index - 80), turn.index);
    // "… came close (refund on day 29), so keep an eye on it, but it's within policy": so does one after "came close".
    const near = /\b(?:closest|nearest|came close)\b/;
    if (near.test(before) && !/\b(?:but|however|then|actually|found)\b/.test(before.slice(before.search(near)))) continue;
    if (!NEAR_MISS.test(after) && !DATA_CAVEAT.test(after.trimStart()) && namesSomething(kept)) return { pass: false, reason: `none: after "${turn[0]}" the answer names a record` };
  }
  if (IDIOMS.test(normalized) && namesSomething(actual)) return { pass: false, reason: 'none: the "no" is an idiom and the answer names a record' };
  return { pass: true, reason: 'none: the answer says that nothing matches' };
}

/** Whether one normalised sentence says that nothing matches. */
function statesNothing(sentence: string): boolean {
  const text = sentence.replace(IDIOMS, ' ');
  return EMPTY_SUBJECT.test(text) || NO_RECORD_PHRASES.some((p) => p.test(text)) || ALL_MET.test(text);
}

/** The answer's sentences, normalised, without a concluding "So:" or "In short," before them. */
function sentencesOf(actual: string): string[] {
  return foldText(actual)
    // "I checked twice: zero open escalations …": after a colon, a clause that opens with nothing is a sentence of its own.
    // "… there's no reservation that qualifies — all three are basic economy": a dash closes the statement too.
    .split(/(?<=[.!?])\s+|\n+|:\s+(?=(?:zero|none|nothing|nobody|no one|no)\b)|\s[-\u2014\u2013]\s/i)
    .map((x) => normalizeAnswer(x).replace(/^(?:so|therefore|thus|hence|in short|in summary|bottom line|overall|result|answer|conclusion)\s+/, ''))
    .filter((x) => x !== '');
}

/** A capitalised word past the first, an id-like token or a number: the answer names something. */
function namesSomething(actual: string): boolean {
  const words = foldText(actual, { case: false }).split(/\s+/).slice(1);
  return words.some((w) => /^[A-Z][\p{L}'-]+/u.test(w) && !/^(?:I|I'm|I'd|I've|I'll|None|No|Not|N\/A)$/.test(w.replace(/[.,;:!?]+$/, ''))) || /\d/.test(actual);
}
