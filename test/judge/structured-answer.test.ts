import { describe, expect, it } from 'vitest';
import { matchAnswer } from '../../src/judge/match.js';
import { plainAnswer } from '../../src/judge/matchers/structured-answer.js';

describe('plainAnswer', () => {
  it('reads JSON, bare or fenced, as the prose it stands for', () => {
    expect(plainAnswer('{"account": "Acme Corp"}')).toBe('Acme Corp');
    expect(plainAnswer('```json\n{"open_cases": 42}\n```')).toBe('42');
    expect(plainAnswer('["Alice Wong", "Ravi Patel"]')).toBe('- Alice Wong\n- Ravi Patel');
    expect(plainAnswer('{"account": "Acme Corp", "owners": ["Priya", "Tom"]}')).toBe('account: Acme Corp\nowners: Priya, Tom');
    for (const empty of ['null', '[]', '{}', '{"result": null}', '{"accounts": []}']) expect(plainAnswer(empty), empty).toBe('None');
  });

  it('drops a heading that only labels the answer, and leaves other text alone', () => {
    expect(plainAnswer('## Answer\nAcme Corp')).toBe('Acme Corp');
    expect(plainAnswer('**Final answer:**\n42')).toBe('42');
    expect(plainAnswer('{not json} is what they sent')).toBe('{not json} is what they sent');
    expect(plainAnswer('## Answer')).toBe('## Answer');
  });

  it('lets the matchers judge the value inside, but not a regex', () => {
    expect(matchAnswer({ answer: 'Acme Corp', match: 'exact' }, '{"account": "Acme Corp"}').pass).toBe(true);
    expect(matchAnswer({ answer: 'Acme Corp', match: 'exact' }, '{"accounts": ["Acme Corp", "Globex"]}').pass).toBe(false);
    expect(matchAnswer({ answer: 'None', match: 'exact' }, '```json\n[]\n```').pass).toBe(true);
    expect(matchAnswer({ answer: '^\\{', match: 'regex' }, '{"a": 1}').pass).toBe(true);
  });
});
