/**
 * A list spelled out in a parenthesis after its count or its group: "all four BANT criteria (Budget, Authority, Need,
 * Timeline)", "both regions (North, South)", "the two tiers (Gold and Silver)". The parenthesis is the list the answer
 * gives, not a remark about an item (which the set matcher drops), so its items are read in place, the count phrase
 * before them as their head and the rest of the sentence as their predicate.
 */

/** A count or group before a parenthesis: "all four … criteria", "both regions", "the two tiers", "3 accounts" (not a code's digits, "TK-18 (…)"). */
const COUNTED = /(?<![\p{L}\p{N}-])((?:both|all)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?(?:\s+[\p{L}-]+){0,3}|(?:the\s+|these\s+|those\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+[\p{L}-]+){1,3})\s*\(([^()\n]+)\)/giu;
/** A part of a bare list: one to four words, none of them a verb-like remark. */
const PART = /^\s*[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*){0,3}\s*$/u;

/**
 * The text with each counted parenthesis that is a bare list of two or more parts written without its brackets.
 *
 * @example withSpelledOutLists('Both regions (North, South) missed quota.') // 'Both regions North, South  missed quota.'
 */
export function withSpelledOutLists(text: string): string {
  return text.replace(COUNTED, (whole, head: string, inner: string) => {
    if (/^\s*(?:and|also|plus|or|arguably|possibly|maybe|perhaps|e\.?g|i\.?e|incl|including|not|except)\b/i.test(inner)) return whole;
    const parts = inner.split(/\s*(?:,|;|\band\b|&)\s*/).filter((part) => part.trim() !== '');
    return parts.length >= 2 && parts.every((part) => PART.test(part) && !/\b(?:is|are|was|were|has|have|had|only|each|cases?|days?)\b/i.test(part)) ? `${head} ${inner.trim()} ` : whole;
  });
}
