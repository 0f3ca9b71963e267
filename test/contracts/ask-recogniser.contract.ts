/**
 * The contract every ask recogniser keeps, whatever decides: it returns only
 * ids of the targets it was given, each once, marked fact or unknown as that
 * target is, in order of position with confidences in 0–1; it reads a plain
 * request for a fact as a request for it and a message with no words of any
 * target as a request for nothing; and it gives the same answer twice.
 */
import { describe, expect, it } from 'vitest';
import { askTargets, ScenarioSchema, type AskRecogniser } from '../../src/index.js';

const user = ScenarioSchema.shape.user.parse({
  goal: 'g',
  facts: [
    { id: 'order', text: 'my order number', value: 'A-1', disclose: 'on_request' },
    { id: 'email', text: 'my email address', value: 'a@b.c', disclose: 'on_request' },
  ],
  unknowns: [{ id: 'warranty', text: 'the warranty end date', cues: ['warranty'] }],
});
/** The targets the contract is run against; a scripted model for an LLM recogniser may read them. */
export const askContractTargets = askTargets(user.facts, user.unknowns);

export function askRecogniserContract(name: string, make: () => AskRecogniser): void {
  describe(`AskRecogniser contract: ${name}`, () => {
    it('returns only given ids, once each, with their target type, ordered, confidences in 0–1', async () => {
      const { requests } = await make().recognise('What is your order number, and your email address?', askContractTargets);
      const ids = requests.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const r of requests) {
        const target = askContractTargets.find((t) => t.id === r.id);
        expect(target?.target).toBe(r.target);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(typeof r.why).toBe('string');
      }
      expect(requests.map((r) => r.index)).toEqual([...requests.map((r) => r.index)].sort((a, b) => a - b));
    });

    it('reads a plain request as asking for that fact, and unrelated small talk as asking for nothing', async () => {
      const asks = make();
      expect((await asks.recognise('What is your order number?', askContractTargets)).requests.map((r) => r.id)).toEqual(['order']);
      expect((await asks.recognise('Have a lovely afternoon!', askContractTargets)).requests).toEqual([]);
    });

    it('gives the same recognition for the same message and targets', async () => {
      const asks = make();
      const first = await asks.recognise('Your email address, please.', askContractTargets);
      expect(await asks.recognise('Your email address, please.', askContractTargets)).toEqual(first);
    });
  });
}
