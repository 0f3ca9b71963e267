/**
 * A small, deterministic logistic regression over binary features, used to
 * weigh the refusal detector's features. Training is full-batch gradient
 * descent with L2 regularisation, a fixed step schedule and a fixed number of
 * epochs, over examples and features in a fixed order, so the same data give
 * the same weights on every machine. Written here because the model is a few
 * dozen lines and no maintained JavaScript library trains one
 * deterministically on sparse binary features.
 */

/** One training example: its feature names, its label and an optional weight. */
export interface LogisticExample {
  features: readonly string[];
  label: boolean;
  /** How much the example counts in the loss (default 1). */
  weight?: number;
}

/** A trained model: a bias and one weight per feature name. */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** Training settings. */
export interface LogisticOptions {
  /** Features seen in fewer training examples are dropped (default 2). */
  minCount?: number;
  /** L2 penalty per unit of example weight (default 1e-3), or a penalty per feature name. */
  l2?: number | ((feature: string) => number);
  /** Passes over the data (default 300). */
  epochs?: number;
  /** Adagrad step size (default 0.5). */
  step?: number;
}

/**
 * Fits a logistic regression. Weights are rounded to 4 decimals so the model
 * written to disk is stable and small.
 *
 * @example trainLogistic([{ features: ['cue:unable'], label: true }, { features: ['o1:sure'], label: false }])
 */
export function trainLogistic(examples: readonly LogisticExample[], options: LogisticOptions = {}): LogisticModel {
  const minCount = options.minCount ?? 2;
  const l2Of = typeof options.l2 === 'function' ? options.l2 : () => (options.l2 as number | undefined) ?? 1e-3;
  const epochs = options.epochs ?? 300;
  const step = options.step ?? 0.5;
  const counts = new Map<string, number>();
  for (const example of examples) for (const f of example.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= minCount).sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((e) => ({
    x: e.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])),
    y: e.label ? 1 : 0,
    w: e.weight ?? 1,
  }));
  const total = rows.reduce((sum, r) => sum + r.w, 0) || 1;
  const penalty = Float64Array.from(names, (name) => l2Of(name));
  const w = new Float64Array(names.length);
  // Adagrad: each weight's step shrinks with its own accumulated gradient, so rare and common features both converge.
  const seen = new Float64Array(names.length);
  let seenBias = 0;
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const j of row.x) z += w[j] as number;
      const error = (sigmoid(z) - row.y) * row.w;
      gradBias += error;
      for (const j of row.x) grad[j] = (grad[j] as number) + error;
    }
    const gb = gradBias / total;
    seenBias += gb * gb;
    bias -= (step * gb) / (Math.sqrt(seenBias) + 1e-8);
    for (let j = 0; j < names.length; j++) {
      const g = (grad[j] as number) / total + (penalty[j] as number) * (w[j] as number);
      seen[j] = (seen[j] as number) + g * g;
      w[j] = (w[j] as number) - (step * g) / (Math.sqrt(seen[j] as number) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const value = Math.round((w[j] as number) * 1e4) / 1e4;
    if (value !== 0) weights[name] = value;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/** The model's log-odds for a feature set. */
export function logOdds(model: LogisticModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
