/**
 * The episode browser's markup: the filter controls (agent, scenario text,
 * termination reason, outcome, has-leak), the list and detail containers, and
 * the episodes as a JSON data block that the browser script reads. Option
 * labels are escaped here; everything else from the model reaches the page
 * only through the data block and `textContent`.
 */
import { escapeHtml, jsonForScript } from './escape.js';
import type { EpisodeView } from './report-model.js';

function options(values: readonly string[], allLabel: string, labels: Readonly<Record<string, string>> = {}): string {
  const all = `<option value="">${escapeHtml(allLabel)}</option>`;
  return all + values.map((v) => `<option value="${escapeHtml(v)}" title="${escapeHtml(v)}">${escapeHtml(labels[v] ?? v)}</option>`).join('');
}

/** The episode browser section, data block included. */
export function episodeBrowserHtml(episodes: readonly EpisodeView[], agents: readonly string[], labels: Readonly<Record<string, string>> = {}): string {
  const terminations = [...new Set(episodes.map((e) => e.termination))].sort();
  return `<section id="episodes">
<h2>Episodes</h2>
<p class="note">Click an episode to see its ledger, verdicts and transcript; its address (<code>#episode=…</code>) links straight to it.</p>
<div class="filters" id="episode-filters" role="search">
<label>Agent <select id="filter-agent">${options(agents, 'all agents', labels)}</select></label>
<label>Scenario <input id="filter-text" type="search" placeholder="id or title" autocomplete="off"></label>
<label>Termination <select id="filter-termination">${options(terminations, 'any termination')}</select></label>
<label>Outcome <select id="filter-outcome"><option value="">any outcome</option><option value="success">success</option><option value="fail">fail</option><option value="excluded">excluded</option></select></label>
<label class="check"><input id="filter-leak" type="checkbox"> has leak</label>
<span id="episode-count" aria-live="polite">${episodes.length} episodes</span>
</div>
<noscript><p>The episode browser needs JavaScript; every episode is also in results.csv.</p></noscript>
<div class="browser">
<ul id="episode-list"></ul>
<div id="episode-detail" hidden></div>
</div>
<script type="application/json" id="episode-data">${jsonForScript(episodes)}</script>
</section>`;
}
