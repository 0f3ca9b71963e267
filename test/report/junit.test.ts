import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/report/escape.js';
import { junitXml } from '../../src/report/junit.js';
import { demoResults, episode } from './fixtures.js';

/** Attributes of every element named `tag`, in document order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? ''])),
  );
}

/** Checks the structure a JUnit consumer relies on: balanced elements, no raw markup characters in attributes. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  for (const tag of ['testsuites', 'testsuite', 'failure']) {
    expect(xml.match(new RegExp(`<${tag}\\b`, 'g'))?.length ?? 0).toBe(xml.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0);
  }
  // Every & starts an entity; no attribute value holds a raw < or a stray quote.
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
  for (const m of xml.matchAll(/<[^?!/][^>]*>/g)) expect(m[0]).toMatch(/^<[\w:-]+(\s+[\w:-]+="[^"<]*")*\s*\/?>$/);
}

describe('junitXml', () => {
  it('writes one testsuite per agent variant and one testcase per episode', () => {
    const results = demoResults();
    const xml = junitXml(results, { agents: ['baseline', 'careful'] });
    expectWellFormed(xml);
    const suites = elements(xml, 'testsuite');
    expect(suites.map((s) => s.name)).toEqual(['baseline', 'careful']);
    expect(suites.map((s) => [s.tests, s.failures, s.skipped])).toEqual([
      ['12', '2', '0'],
      ['12', '0', '1'],
    ]);
    expect(elements(xml, 'testsuites')[0]).toMatchObject({ tests: '24', failures: '2', skipped: '1', errors: '0' });
    const cases = elements(xml, 'testcase');
    expect(cases).toHaveLength(24);
    expect(cases[0]).toMatchObject({ classname: 'usersim.baseline', name: 'order-status|sharded|1' });
  });

  it('fails an unsuccessful episode with its termination and answer verdict, and skips an excluded one', () => {
    const xml = junitXml([episode({ success: false }), episode({ seed: 2, excluded: true })]);
    const [failure] = elements(xml, 'failure');
    expect(failure).toMatchObject({ type: 'agent_answered', message: 'agent_answered; answer fail (normalized, score 0)' });
    expect(xml).toContain('answer expected: "shipped"\nanswer actual: "pending"</failure>');
    expect(elements(xml, 'skipped')[0]?.message).toBe('excluded: infrastructure_error (E_INFRA: upstream 503 after 3 retries)');
  });

  it('fails a successful episode that leaked only when asked to', () => {
    const leaky = [episode({ leak: true })];
    expect(elements(junitXml(leaky), 'failure')).toHaveLength(0);
    const strict = junitXml(leaky, { failOnLeak: true });
    expect(elements(strict, 'failure')[0]?.message).toBe('1 probe(s) leaked');
    expect(strict).toContain('probe other_email leaked: verbatim in message');
  });

  it('escapes markup and strips characters XML cannot hold', () => {
    const nasty = `a&b <x> "q" 'r' \u0000\u0001\u001b[31m\ud800 end`;
    const results = [episode({ scenarioId: `s<1>&"`, agent: `agent "x" <y>`, answer: nasty, success: false })];
    const xml = junitXml(results);
    expectWellFormed(xml);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toMatch(/[\ud800-\udfff]/);
    expect(elements(xml, 'testsuite')[0]?.name).toBe('agent &quot;x&quot; &lt;y&gt;');
    expect(elements(xml, 'testcase')[0]?.name).toBe('s&lt;1&gt;&amp;&quot;|sharded|1');
    expect(xml).toContain(`answer actual: "a&amp;b &lt;x&gt; \\"q\\" 'r' \\u0000\\u0001\\u001b[31m\\ud800 end"</failure>`);
    expect(escapeXml(nasty)).toBe('a&amp;b &lt;x&gt; &quot;q&quot; &apos;r&apos; [31m end');
    expect(escapeXml('line\nbreak\ttab')).toBe('line&#10;break&#9;tab');
  });
});
