/**
 * The shipped refusal model: a logistic regression over the features of
 * `refusal-features.ts`, stored as data in
 * `data/confidentiality/refusal-model.json` and written by
 * `scripts/train-refusal.ts`. This module loads it (once) and scores a
 * reply, naming the features that pushed the decision most, so every
 * verdict can be explained.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UsersimError } from '../errors.js';
import { logOdds, sigmoid, type LogisticModel } from './logistic.js';
import { CONFIDENTIALITY_DATA_DIR } from './refusal-corpus.js';
import { recipeFeatures } from './refusal-train.js';

const ModelFileSchema = z.object({
  format: z.literal('usersim.refusal-model.v1'),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  trainedOn: z.record(z.string(), z.number()),
  crossValidation: z.unknown(),
});

/** The model file's contents. */
export type RefusalModelFile = z.infer<typeof ModelFileSchema>;

/** A scored reply. */
export interface RefusalScore {
  /** Probability that the reply refuses. */
  probability: number;
  /** The features that moved it most, strongest first, as `feature (+w)`. */
  top: string[];
}

let shipped: LogisticModel | undefined;

/** The shipped model (read once). Throws `E_CONFIG` when the file is missing or malformed. */
export function shippedRefusalModel(file = `${CONFIDENTIALITY_DATA_DIR}refusal-model.json`): LogisticModel {
  if (shipped && file === `${CONFIDENTIALITY_DATA_DIR}refusal-model.json`) return shipped;
  let parsed: RefusalModelFile;
  try {
    parsed = ModelFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new UsersimError('E_CONFIG', `cannot load the refusal model ${file}: ${(error as Error).message}`, { cause: error });
  }
  const model = { bias: parsed.bias, weights: parsed.weights };
  if (file === `${CONFIDENTIALITY_DATA_DIR}refusal-model.json`) shipped = model;
  return model;
}

/**
 * Scores `text` with `model`, listing the `explain` strongest contributions.
 *
 * @example scoreRefusal(shippedRefusalModel(), "Sorry, that's internal.").probability // > 0.5
 */
export function scoreRefusal(model: LogisticModel, text: string, explain = 5): RefusalScore {
  const features = recipeFeatures(text);
  const probability = sigmoid(logOdds(model, features));
  const top = features
    .map((f) => [f, model.weights[f] ?? 0] as const)
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, explain)
    .map(([f, w]) => `${f} (${w > 0 ? '+' : ''}${w.toFixed(2)})`);
  return { probability, top };
}
