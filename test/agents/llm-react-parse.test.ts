import { describe, expect, it } from 'vitest';
import { formatReactReply, parseReactReply } from '../../src/agents/react-parse.js';

describe('parseReactReply: well-formed replies', () => {
  it.each([
    ['<thought>Look it up.</thought><execute>SELECT 1</execute>', 'Look it up.', { kind: 'execute', query: 'SELECT 1' }],
    ['<thought>Ask.</thought>\n<respond>What is your order number?</respond>', 'Ask.', { kind: 'respond', text: 'What is your order number?' }],
    ['<thought>Done.</thought><answer>NW7734120588</answer>', 'Done.', { kind: 'answer', text: 'NW7734120588' }],
    ['<respond>Hi there</respond>', null, { kind: 'respond', text: 'Hi there' }],
    ['<THOUGHT>x</THOUGHT><Execute>SELECT 2</Execute>', 'x', { kind: 'execute', query: 'SELECT 2' }],
    ['< thought >x</ thought >< respond >spaced tags</ respond >', 'x', { kind: 'respond', text: 'spaced tags' }],
    ['Sure. <thought>t</thought> <answer> 42 </answer> Bye.', 't', { kind: 'answer', text: '42' }],
  ])('%s', (text, thought, action) => {
    expect(parseReactReply(text)).toEqual({ ok: true, thought, action });
  });

  it('removes a code fence around an execute body, and keeps multi-line queries', () => {
    const parsed = parseReactReply('<thought>q</thought><execute>\n```sql\nSELECT Id\nFROM Case\n```\n</execute>');
    expect(parsed).toEqual({ ok: true, thought: 'q', action: { kind: 'execute', query: 'SELECT Id\nFROM Case' } });
  });

  it('reads a SOSL query with braces as written', () => {
    const parsed = parseReactReply('<execute>FIND {password reset} IN ALL FIELDS RETURNING Knowledge__kav(Id)</execute>');
    expect(parsed).toMatchObject({ ok: true, action: { kind: 'execute', query: 'FIND {password reset} IN ALL FIELDS RETURNING Knowledge__kav(Id)' } });
  });

  it('lets a thought mention action tags without taking them for the action', () => {
    const parsed = parseReactReply('<thought>I could <respond> now, but first I <execute>.</thought><execute>SELECT 3</execute>');
    expect(parsed).toEqual({ ok: true, thought: 'I could <respond> now, but first I <execute>.', action: { kind: 'execute', query: 'SELECT 3' } });
  });

  it('takes everything up to the closing tag as the body, even text that looks like another tag', () => {
    expect(parseReactReply('<respond>Use the <b>bold</b> button</respond>')).toMatchObject({ ok: true, action: { kind: 'respond', text: 'Use the <b>bold</b> button' } });
  });
});

describe('parseReactReply: malformed replies', () => {
  it.each([
    ['Sure, the answer is 42.', /no action/],
    ['', /no action/],
    ['<thought>only thinking</thought>', /no action/],
    ['<execute>SELECT 1', /<execute> is not closed/],
    ['<thought>x<respond>hi</respond>', /<thought> is not closed/],
    ['<thought>x</thought><execute>SELECT 1</execute><respond>hi</respond>', /more than one action \(<execute> and <respond>\)/],
    ['<respond>a</respond><respond>b</respond>', /more than one action/],
    ['<respond>   </respond>', /<respond> is empty/],
    ['<execute>```sql\n```</execute>', /<execute> is empty/],
    ['the answer</answer>', /<\/answer> without its opening/],
    ['<execute>SELECT 1</respond>', /<execute> is not closed/],
  ])('%j', (text, problem) => {
    const parsed = parseReactReply(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe('formatReactReply', () => {
  it('writes a reply the parser reads back', () => {
    for (const action of [{ kind: 'execute', query: 'SELECT 1' }, { kind: 'respond', text: 'Hi?' }, { kind: 'answer', text: 'A-1' }] as const) {
      expect(parseReactReply(formatReactReply(action, 'because'))).toEqual({ ok: true, thought: 'because', action });
      expect(parseReactReply(formatReactReply(action))).toEqual({ ok: true, thought: null, action });
    }
  });
});
