/**
 * invalid_config: a sales manager asks whether a quote's product
 * configuration is valid and, if not, which products break the rules: add-ons
 * without a base product, more than one plan tier, or a line over its
 * family's quantity limit. The user holds the quote number. The gold is the
 * set of offending products, computed here by applying the org's
 * configuration rules to the quote's lines; quotes breaking more than one
 * rule are skipped, and valid quotes are the "None" cases.
 *
 * How the reference reaches it: it reads the quote's lines (the evidence),
 * then selects the offending lines with the criteria of the rule they break
 * (their families, or their family and a quantity above its limit),
 * answering with the products' names. None cases state the quote upfront and
 * answer None after reading its lines.
 */
import type { Rng } from '../../../../util/rng.js';
import type { CrmPolicies } from '../../org/policies.js';
import { planInstances } from '../instance-plan.js';
import { rows, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { buildTaskScenario, soql } from './task-scenario.js';

/** A quote line as the rules read it. */
export interface ConfigLine {
  quote: string;
  product: string;
  family: string;
  quantity: number;
}

/** A broken configuration rule and the lines at fault. */
export interface ConfigBreach {
  rule: 'addon-requires-base' | 'single-plan-tier' | 'quantity-limit';
  lines: ConfigLine[];
}

interface Instance {
  number: string;
  breach: ConfigBreach | null;
}

const quoted = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** Every rule a quote's lines break, with the lines at fault. */
export function configBreaches(lines: readonly ConfigLine[], policies: CrmPolicies): ConfigBreach[] {
  const out: ConfigBreach[] = [];
  const addons = lines.filter((l) => policies.addonFamilies.includes(l.family));
  if (addons.length > 0 && !lines.some((l) => policies.baseFamilies.includes(l.family))) out.push({ rule: 'addon-requires-base', lines: addons });
  const tiers = lines.filter((l) => policies.singleTierFamilies.includes(l.family));
  if (new Set(tiers.map((l) => l.product)).size > 1) out.push({ rule: 'single-plan-tier', lines: tiers });
  const limit = (family: string): number => policies.quantityLimits.find((q) => q.family === family)?.maxQuantityPerLine ?? Infinity;
  const over = lines.filter((l) => l.quantity > limit(l.family));
  if (over.length > 0) out.push({ rule: 'quantity-limit', lines: over });
  return out;
}

/** The SOQL condition that picks the lines at fault for a breach. */
function faultCondition(breach: ConfigBreach, policies: CrmPolicies): string {
  switch (breach.rule) {
    case 'addon-requires-base':
      return `Product2.Family IN (${quoted(policies.addonFamilies)})`;
    case 'single-plan-tier':
      return `Product2.Family IN (${quoted(policies.singleTierFamilies)})`;
    case 'quantity-limit': {
      const families = [...new Set(breach.lines.map((l) => l.family))];
      const parts = families.map((f) => `(Product2.Family = '${f}' AND Quantity > ${policies.quantityLimits.find((q) => q.family === f)?.maxQuantityPerLine ?? 0})`);
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
    }
  }
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const { policies } = ctx;
  const lines = rows<ConfigLine>(
    ctx.db,
    `SELECT q.QuoteNumber AS quote, p.Name AS product, p.Family AS family, l.Quantity AS quantity
       FROM QuoteLineItem l JOIN Quote q ON q.Id = l.QuoteId JOIN Product2 p ON p.Id = l.Product2Id
      WHERE (SELECT COUNT(*) FROM Quote x WHERE x.QuoteNumber = q.QuoteNumber) = 1 ORDER BY q.Id, l.Id`,
  );
  const byQuote = new Map<string, ConfigLine[]>();
  for (const l of lines) byQuote.set(l.quote, [...(byQuote.get(l.quote) ?? []), l]);
  const judged = [...byQuote].map(([number, ls]) => ({ number, breaches: configBreaches(ls, policies) }));
  const invalid = judged.filter((j) => j.breaches.length === 1 && !j.breaches[0]?.lines.some((l) => l.product.includes("'")));
  const valid = judged.filter((j) => j.breaches.length === 0);
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (invalid.length === 0) return undefined;
      const j = rng.pick(invalid);
      return { number: j.number, breach: j.breaches[0] as ConfigBreach };
    },
    none: (rng: Rng) => (valid.length > 0 ? { number: rng.pick(valid).number, breach: null } : undefined),
    key: (i) => i.number,
  });
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const limits = policies.quantityLimits.map((q) => `${q.family} ${q.maxQuantityPerLine}`).join(', ');
  const section =
    'Product configuration rules (article internal-product-configuration-rules): ' +
    `1. A quote with a product from ${policies.addonFamilies.join(' or ')} must also contain a product from ${policies.baseFamilies.join(', ')}. ` +
    `2. A quote may contain at most one product from ${policies.singleTierFamilies.join(' or ')}. ` +
    `3. No quote line may exceed the quantity limit of its product family (units per line: ${limits}). ` +
    'A quote\'s lines are QuoteLineItem records (QuoteId, Product2Id, Quantity). Reply with the names of the products on the lines ' +
    'that break a rule, separated by commas (for rule 1 the add-on products, for rule 2 every product of those families on the ' +
    'quote, for rule 3 each product over its limit), or None when the quote is valid.';
  return planned.map(({ instance, none }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const evidence = soql("SELECT Product2.Name, Product2.Family, Quantity FROM QuoteLineItem WHERE Quote.QuoteNumber = '{{fact.quote_number}}'");
    const steps = instance.breach
      ? [evidence, soql(`SELECT Product2.Name FROM QuoteLineItem WHERE Quote.QuoteNumber = '{{fact.quote_number}}' AND ${faultCondition(instance.breach, policies)}`)]
      : [evidence];
    return buildTaskScenario(ctx, invalidConfigTemplate, index, {
      title: "Which products break a quote's configuration rules",
      persona: `${persona}, a sales manager checking quotes before they go out.`,
      goal: 'Find out whether one of your quotes has a valid product configuration and, if not, which products break the rules.',
      opening: none
        ? `Hi, is the configuration of quote ${instance.number} valid? If not, which products break the rules?`
        : rng.pick([
            'Hi, can you check whether one of our quotes has a valid product configuration? Which products break the rules, if any?',
            'Hello. Before a quote goes out I need to know whether its configuration is valid, and which products are the problem if not.',
          ]),
      facts: [{ id: 'quote_number', text: 'the quote number', value: instance.number, cues: ['quote number', 'which quote', 'quote'], withheld: !none }],
      audience: 'sales-manager',
      sections: [section],
      steps,
      answer: instance.breach ? '{{last.Product2.Name}}' : 'None',
      gold: instance.breach ? [...new Set(instance.breach.lines.map((l) => l.product))] : 'None',
      match: 'set',
      none,
      tags: [instance.breach ? instance.breach.rule : 'valid'],
    });
  });
}

/** The invalid_config template. */
export const invalidConfigTemplate: TaskTemplate = { taskType: 'invalid_config', skill: 'policy_compliance', generate };
