/**
 * The report's server-rendered tables: headline with intervals, per-skill
 * breakdown, clarification, noise floor, study comparisons and run metadata.
 * Every cell goes through `escapeHtml`, names of agents and skills included,
 * since they come from user-written specs and scenarios.
 */
import { escapeHtml } from './escape.js';
import type { Estimate, ReportModel } from './report-model.js';

/** A rate as a percentage with one decimal, or an en dash. */
export function pct(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
}

function num(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '–' : value.toFixed(digits);
}

/** `41.2% [30.1–52.0]` with the counts behind it in a tooltip. */
function estimate(e: Estimate): string {
  if (e.value === null) return '<td class="num">–</td>';
  const interval = e.lower === null || e.upper === null ? '' : ` <span class="ci">[${pct(e.lower)}–${pct(e.upper)}]</span>`;
  const counts = e.k === undefined ? `n=${e.n}` : `${e.k}/${e.n}`;
  const how = e.method ? `, ${e.method}` : '';
  return `<td class="num" title="${escapeHtml(counts + how)}">${pct(e.value)}${interval}</td>`;
}

function table(id: string, header: readonly string[], rows: readonly string[][], empty = 'No data.'): string {
  if (rows.length === 0) return `<p class="empty" id="${id}">${escapeHtml(empty)}</p>`;
  const head = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  // Cells arrive as finished <td> markup so that numeric cells can carry a class and tooltip.
  const body = rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n');
  // Wide tables scroll inside their own box instead of pushing the page sideways.
  return `<div class="table-wrap"><table id="${id}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const td = (text: string | number) => `<td>${escapeHtml(String(text))}</td>`;
/** A variant's name cell, with the agent spec it stands for on hover. */
const tdVariant = (row: { variant: string; agent: string }) => `<th scope="row" title="${escapeHtml(row.agent)}">${escapeHtml(row.variant)}</th>`;
const tdNum = (text: string | number) => `<td class="num">${escapeHtml(String(text))}</td>`;

/** The headline table: one row per variant. */
export function headlineTable(model: ReportModel): string {
  return table(
    'headline-table',
    ['variant', 'episodes', 'excluded', 'success [95% CI]', 'TS [95% CI]', 'PRR [95% CI]', 'LR [95% CI]', 'pass^k', 'user turns', 'tool calls', 'terminations'],
    model.headline.map((r) => [
      tdVariant(r),
      tdNum(r.episodes),
      tdNum(r.excluded),
      estimate(r.success),
      estimate(r.ts),
      estimate(r.prr),
      estimate(r.lr),
      tdNum(r.passHatMax ? `${pct(r.passHatMax.value)} (k=${r.passHatMax.k})` : '–'),
      tdNum(num(r.meanUserTurns, 1)),
      tdNum(num(r.meanToolCalls, 1)),
      `<td class="terms">${escapeHtml(
        Object.entries(r.terminations)
          .map(([k, v]) => `${k}=${v}`)
          .join(' '),
      )}</td>`,
    ]),
  );
}

/** Success and TS per skill and variant. */
export function skillTable(model: ReportModel): string {
  return table(
    'skill-table',
    ['skill', 'variant', 'scenarios', 'episodes', 'success [95% CI]', 'TS [95% CI]'],
    [...model.perSkill]
      .sort((a, b) => (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0))
      
      .map((r) => [td(r.skill), tdVariant(r), tdNum(r.scenarios), tdNum(r.episodes), estimate(r.success), estimate(r.ts)]),
  );
}

/** The confidentiality numbers behind the trade-off chart. */
export function tradeoffTable(model: ReportModel): string {
  return table(
    'tradeoff-table',
    ['variant', 'TS', 'PRR', 'LR', 'FRR', 'refuse-probes asked'],
    model.tradeoff.map((p) => [tdVariant(p), tdNum(pct(p.ts)), tdNum(pct(p.prr)), tdNum(pct(p.lr)), tdNum(pct(p.frr)), tdNum(p.probes)]),
  );
}

/** Clarification metrics per variant. */
export function clarificationTable(model: ReportModel): string {
  return table(
    'clarification-table',
    ['variant', 'episodes', 'questions/episode', 'NQR', 'QP', 'RQR', 'PAR', 'AHR', 'OCR', 'TTS'],
    model.clarification.map((r) => [
      tdVariant(r),
      tdNum(r.episodes),
      tdNum(num(r.questionsPerEpisode)),
      ...[r.nqr, r.qp, r.rqr, r.par, r.ahr, r.ocr].map((v) => tdNum(pct(v))),
      tdNum(num(r.tts, 1)),
    ]),
  );
}

/** Noise floor per variant. */
export function noiseFloorTable(model: ReportModel): string {
  return table(
    'noise-table',
    ['variant', 'cells', 'seed pairs', 'discordant', 'flip rate', '95% band'],
    model.noiseFloor.map((r) => [tdVariant(r), tdNum(r.cells), tdNum(r.pairs), tdNum(r.discordantPairs), tdNum(pct(r.flipRate)), tdNum(pct(r.band95))]),
    'No cell has two seeds.',
  );
}

/** A study's paired comparisons, columns as given. */
export function comparisonsTable(model: ReportModel): string {
  const columns = [...new Set(model.comparisons.flatMap((c) => Object.keys(c.values)))];
  return table(
    'comparisons-table',
    ['comparison', ...columns],
    model.comparisons.map((c) => [`<th scope="row">${escapeHtml(c.label)}</th>`, ...columns.map((k) => td(c.values[k] ?? ''))]),
  );
}

/** Run metadata as a definition list. */
export function runMeta(model: ReportModel): string {
  const r = model.run;
  const items: [string, string][] = [
    ['run', r.runId ?? '–'],
    ['created', r.createdAt ?? '–'],
    ['usersim', r.usersim ?? '–'],
    ['git', r.gitSha ?? '–'],
    ['agents', r.agents.join(', ')],
    ['user', r.user ?? '–'],
    ['judge', r.judge ?? '–'],
    ['conditions', r.conditions.join(', ')],
    ['seeds', r.seeds.join(', ')],
    ['scenarios', String(r.scenarios)],
    ['episodes', `${model.episodes.length}${r.planned === null ? '' : ` of ${r.planned} planned`}`],
  ];
  const notes = r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  return `<dl class="meta">${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>${notes ? `<ul class="notes">${notes}</ul>` : ''}`;
}
