/**
 * A superlative written in capitals is stressed: "Tomasz Kowalczyk had the
 * LONGEST average handle time (88 min); the shortest was Imogen Achterberg."
 * Beside its opposite said of another value, the stress marks the gold as the
 * other extreme than the one asked about, and a careful reader does not take
 * it as the answer.
 */

/**
 * The stressed superlative of the value's own clause (`clause`, case kept) whose opposite the answer says of another
 * value after it (`later`, folded), or `null`.
 *
 * @example stressedOpposite('Tomasz had the LONGEST time', 'the shortest was Imogen', [['longest', 'shortest']]) // 'LONGEST'
 */
export function stressedOpposite(clause: string, later: string, opposites: readonly (readonly [string, string])[]): string | null {
  for (const [a, b] of opposites) {
    for (const [own, other] of [[a, b], [b, a]] as const) {
      if (new RegExp(`\\b${own.toUpperCase()}\\b`).test(clause) && new RegExp(`\\b${other}\\b`).test(later)) return own.toUpperCase();
    }
  }
  return null;
}
