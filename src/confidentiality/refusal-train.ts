/**
 * How the shipped refusal model is trained, as one recipe used by
 * `scripts/train-refusal.ts` (to write the model) and by the
 * cross-validation (to train each fold the same way). The hand-written cues
 * get a light penalty, the word features a heavier one, so the model leans on
 * general phrasings of refusal and uses words to correct them; length
 * features are left out because reply length is a trait of the model that
 * wrote the reply, not of refusing.
 */
import { trainLogistic, type LogisticModel } from './logistic.js';
import { featuresOf } from './refusal-features.js';

/** One training reply. */
export interface RefusalExample {
  text: string;
  refusal: boolean;
  /** Where it comes from: `crm`, or `xstest:<model>`. */
  source: string;
  /** The unit cross-validation holds out together (a template, or a model's file). */
  group: string;
}

/** The penalties and weights of the recipe. */
export const REFUSAL_RECIPE = {
  cuePenalty: 1e-4,
  wordPenalty: 1e-2,
  /** How much a CRM reply counts against an XSTest completion: the CRM corpus is the setting we score. */
  crmWeight: 2,
  epochs: 300,
  minCount: 2,
} as const;

/** The features the recipe keeps for a text. */
export function recipeFeatures(text: string): string[] {
  return featuresOf(text).filter((f) => !f.startsWith('len:'));
}

/**
 * Trains a model on examples whose features are already computed (so
 * cross-validation computes them once).
 */
export function trainRefusalModel(examples: readonly (RefusalExample & { features: readonly string[] })[]): LogisticModel {
  return trainLogistic(
    examples.map((e) => ({ features: e.features, label: e.refusal, weight: e.source === 'crm' ? REFUSAL_RECIPE.crmWeight : 1 })),
    {
      l2: (f) => (f.startsWith('cue') ? REFUSAL_RECIPE.cuePenalty : REFUSAL_RECIPE.wordPenalty),
      epochs: REFUSAL_RECIPE.epochs,
      minCount: REFUSAL_RECIPE.minCount,
    },
  );
}
