/**
 * The agenda user's sentences are grammatical for every fact description the
 * shipped scenarios use, and for every goal it may restate. A small pattern
 * grammar, not a language model: each sentence starts with a capital and
 * ends with punctuation, holds the fact value verbatim, repeats no word, and
 * every "<subject> is <value>" has a noun phrase as its subject (a
 * determiner or possessive first), which rules out "Which blender model I
 * bought is …" and "that I recently moved house is …". Restated goals speak
 * in the user's own voice ("I'd like to …", "my", never "your").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findScenarioFiles } from '../../src/scenario/find-scenario-files.js';
import { factSentence, nudgeMessage, openingMessage, unknownSentence, withheldSentence } from '../../src/simulated-user/templates.js';
import { createRng } from '../../src/util/rng.js';
import { repoRoot } from '../helpers/cli.js';

interface Shipped {
  facts: Map<string, string>;
  unknowns: Set<string>;
  goals: Set<string>;
}

function shipped(): Shipped {
  const out: Shipped = { facts: new Map(), unknowns: new Set(), goals: new Set() };
  for (const file of findScenarioFiles([`${repoRoot}scenarios`])) {
    const doc = parse(readFileSync(file, 'utf8')) as { user: { goal: string; facts?: { text: string; value: unknown }[]; unknowns?: { id: string; text?: string }[] } };
    out.goals.add(doc.user.goal);
    for (const f of doc.user.facts ?? []) out.facts.set(f.text, String(f.value));
    for (const u of doc.user.unknowns ?? []) if (u.text) out.unknowns.add(u.text);
  }
  return out;
}

/** Every wording the seeded templates can give (the variants are few; 60 seeds reach them all). */
function wordings(make: (seed: number) => string): string[] {
  return [...new Set(Array.from({ length: 60 }, (_, seed) => make(seed)))];
}

const NOUN_START = /^(?:my|the|our|your|a|an|his|her|their|this|these|those|[\w-]+'s)(?![\w'])/i;

/** Problems with one sentence; `value` must appear verbatim. */
function problems(sentence: string, value?: string): string[] {
  const found: string[] = [];
  if (!/^[A-Z"]/.test(sentence)) found.push('does not start with a capital');
  if (!/[.!?)]$/.test(sentence)) found.push('does not end with punctuation');
  if (value !== undefined && !sentence.includes(value)) found.push(`lacks the value "${value}"`);
  const words = (value === undefined ? sentence : sentence.split(value).join(' VALUE ')).toLowerCase().match(/[a-z']+/g) ?? [];
  words.forEach((w, i) => {
    if (i > 0 && w === words[i - 1]) found.push(`repeats "${w}"`);
  });
  // The subject of each "… is …": what follows the last lead-in (start, comma, full stop, colon, "that", "what").
  const text = value === undefined ? sentence : sentence.split(value).join('VALUE');
  for (const m of text.matchAll(/ is /g)) {
    const subject = text.slice(0, m.index).split(/, |\. |: | that | what /).pop() ?? '';
    if (!NOUN_START.test(subject)) found.push(`subject "${subject}" is not a noun phrase`);
  }
  if (/\s{2}|\s[.,!?]/.test(sentence)) found.push('stray space');
  return found;
}

const data = shipped();

describe('agenda user grammar over every shipped fact and goal', () => {
  it('has the shapes the issue saw: clauses, embedded questions, noun phrases', () => {
    expect(data.facts.size).toBeGreaterThan(20);
    expect([...data.facts.keys()]).toEqual(expect.arrayContaining(['that I recently moved house', 'which blender model I bought', 'how many packs I want to return', 'my order number']));
  });

  it('every fact sentence (asked, volunteered, restated, withheld) is grammatical', () => {
    const bad: string[] = [];
    for (const [text, value] of data.facts) {
      for (const how of ['asked', 'volunteered', 'restated'] as const) {
        for (const s of wordings((seed) => factSentence(createRng(seed), how, text, value))) bad.push(...problems(s, value).map((p) => `${how} "${text}": ${s} — ${p}`));
      }
      for (const s of wordings((seed) => withheldSentence(createRng(seed), text))) bad.push(...problems(s).map((p) => `withheld "${text}": ${s} — ${p}`));
    }
    for (const text of data.unknowns) for (const s of wordings((seed) => unknownSentence(createRng(seed), text))) bad.push(...problems(s).map((p) => `unknown "${text}": ${s} — ${p}`));
    expect(bad).toEqual([]);
  });

  it('reads the issue examples as a person would write them', () => {
    const all = (text: string, value: string) => ['asked', 'volunteered', 'restated'].flatMap((how) => wordings((seed) => factSentence(createRng(seed), how as 'asked', text, value)));
    expect(all('which blender model I bought', 'Vortex 900')).toContain('The blender model I bought is Vortex 900.');
    expect(all('how many packs I want to return', '3')).toContain('Sure, the number of packs I want to return is 3.');
    expect(all('that I recently moved house', 'moved house last week')).toContain('By the way, I recently moved house (moved house last week).');
    expect(all('whether I kept the receipt', 'yes')).toContain('As for whether I kept the receipt: yes.');
    expect(all("Kim's address", '1 Elm St')).toContain("Kim's address is 1 Elm St.");
  });

  it('restates every shipped goal in the first person', () => {
    const bad: string[] = [];
    for (const goal of data.goals) {
      for (const s of [...wordings((seed) => nudgeMessage(createRng(seed), goal)), ...wordings((seed) => openingMessage(createRng(seed), goal))]) {
        // The whole message is punctuated; the goal part (the scenario's words) is in the user's voice.
        bad.push(...problems(s).filter((p) => !p.startsWith('subject')).map((p) => `${s} — ${p}`));
        const restated = s.slice(s.indexOf("I'd like to "));
        if (!s.includes("I'd like to ")) bad.push(`${s} — the goal is not put as the user's wish`);
        if (/\byou(r|rs|'re|'ve)?\b/i.test(restated)) bad.push(`${s} — speaks of the user as "you"`);
        if (/[.:?!] (?:Get|Find|Learn|Have)\b/.test(s)) bad.push(`${s} — an instruction, not the user's words`);
      }
    }
    expect(bad).toEqual([]);
    expect(wordings((seed) => nudgeMessage(createRng(seed), 'Get the tracking number of your most recent order.'))).toContain(
      "I'm not sure what you need from me. To recap: I'd like to get the tracking number of my most recent order.",
    );
  });
});
