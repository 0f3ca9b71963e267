/**
 * The top of the report page: the study's name as the title, its description
 * and spec file, what each variant is (label, agent spec, kind), and the
 * computed findings paragraph. Everything is escaped: names, descriptions and
 * specs come from user-written files.
 */
import { escapeHtml } from './escape.js';
import type { ReportModel } from './report-model.js';

const KIND_LABEL = { oracle: 'oracle (scripted reference)', scripted: 'scripted', model: 'LLM', external: 'external (HTTP)' } as const;

/** The page header and the findings section. */
export function headerHtml(model: ReportModel): string {
  const h = model.header;
  const title = h.name ?? model.title;
  const sub = [
    h.specFile ? `study spec <code>${escapeHtml(h.specFile)}</code>` : null,
    model.run.user ? `user <code>${escapeHtml(model.run.user)}</code>` : null,
    model.run.judge ? `judge <code>${escapeHtml(model.run.judge)}</code>` : null,
    `${model.run.scenarios} scenarios × ${model.run.conditions.length} condition${model.run.conditions.length === 1 ? '' : 's'} (${escapeHtml(model.run.conditions.join(', '))}) × ${model.run.seeds.length} seeds`,
    `${model.episodes.length} episodes`,
  ].filter(Boolean);
  const variants = h.variants
    .map((v) => `<tr><td title="${escapeHtml(v.spec)}">${escapeHtml(v.label)}</td><td><code>${escapeHtml(v.spec)}</code></td><td>${escapeHtml(KIND_LABEL[v.kind])}</td></tr>`)
    .join('');
  return `<div class="report-head">
<h1 id="title">${escapeHtml(title)}</h1>
${h.description ? `<p class="lede">${escapeHtml(h.description)}</p>` : ''}
<p class="note">${sub.join(' · ')}</p>
</div>
<section id="findings">
<h2>Findings</h2>
<p class="findings">${h.findings.map(escapeHtml).join(' ')}</p>
<div class="table-wrap"><table id="variants-table"><thead><tr><th>variant</th><th>agent spec</th><th>kind</th></tr></thead><tbody>${variants}</tbody></table></div>
</section>`;
}
