import { describe, expect, it } from 'vitest';
import { crmAgentContext } from '../../../../src/packs/crm/tasks/context-text.js';
import { crmToolText, hiddenGold, visibleInPrompt, type PromptTexts } from '../../../../src/packs/crm/tasks/prompt-visibility.js';

const texts: PromptTexts = {
  context: crmAgentContext({ org: 'b2b', today: '2025-06-15', audience: 'service-manager' }),
  tools: crmToolText('b2b'),
  said: 'Hi. The first day of the period is 2024-10-01. The product is NX-4800 Core Switch.',
};

describe('visibleInPrompt', () => {
  it('counts any word of the context, but only identifier-like values elsewhere', () => {
    expect(visibleInPrompt('March', texts)).toBe(true); // the quarter definitions name it
    expect(visibleInPrompt('IN', texts)).toBe(true); // Indiana's code is an ordinary word of the context
    expect(visibleInPrompt('Ohio', texts)).toBe(false);
    expect(visibleInPrompt('2024-10', texts)).toBe(true); // inside the disclosed start date
    expect(visibleInPrompt('10/2024', texts)).toBe(false);
    expect(visibleInPrompt('None', texts)).toBe(false);
  });

  it('sees the tool descriptions, which carry the org describe and today', () => {
    expect(texts.tools).toContain('HandleTimeHours__c');
    expect(visibleInPrompt('2025-06-15', { ...texts, context: '' })).toBe(true);
  });
});

describe('hiddenGold', () => {
  it('keeps a hidden scalar and rejects a visible one', () => {
    expect(hiddenGold(76612.74, texts)).toBe(76612.74);
    expect(hiddenGold(1, texts)).toBeUndefined(); // "January 1" in the context
  });

  it('drops visible alternative spellings but requires the first, the reference form, to stay hidden', () => {
    expect(hiddenGold(['10/2024', 'October 2024', '2024-10', 'October'], texts)).toEqual(['10/2024', 'October 2024']);
    expect(hiddenGold(['IN', 'Indiana'], texts)).toBeUndefined();
    expect(hiddenGold(['OH'], texts)).toBe('OH');
  });
});
