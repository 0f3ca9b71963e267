/** The judge's matchers behind the core `AnswerScorer` interface, for scenario generators. */
import type { AnswerScorer } from '../core/answer-scorer.js';
import { tokenF1 } from './matchers/f1.js';

/** Scores as the deterministic judge's matchers compute them. */
export const answerScorer: AnswerScorer = { tokenF1 };
