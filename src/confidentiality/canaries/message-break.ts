/**
 * The separator the leak scanner puts between consecutive agent texts when
 * it looks for a value split across them. A character no agent writes (the
 * Unicode paragraph separator), so matchers that care can tell a message
 * boundary from a line break.
 */
export const MESSAGE_BREAK = '\u2029';
