/**
 * The report's only script: the episode browser. It reads the episodes from
 * the page's JSON data block, filters them, and shows a transcript on click.
 * It builds every node with `createElement` and `textContent` and never
 * parses HTML, so model text (which may hold `<script>` or `onerror=`) is only
 * ever displayed. It is kept as plain ES2017 text rather than a compiled
 * function so its bytes, and the CSP hash that allows it, do not depend on
 * how the TypeScript was built or instrumented.
 */

/** The browser script's source. */
export const EPISODE_BROWSER_SCRIPT = String.raw`(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var data = JSON.parse($('episode-data').textContent || '[]');
  var list = $('episode-list');
  var detail = $('episode-detail');
  var count = $('episode-count');
  var filters = { agent: $('filter-agent'), text: $('filter-text'), termination: $('filter-termination'), outcome: $('filter-outcome'), leak: $('filter-leak') };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function line(parent, label, value, cls) {
    var row = add(parent, el('div', 'kv' + (cls ? ' ' + cls : '')));
    add(row, el('span', 'k', label));
    add(row, el('span', 'v', value));
    return row;
  }

  function matches(ep) {
    if (filters.agent.value && ep.agent !== filters.agent.value) return false;
    if (filters.termination.value && ep.termination !== filters.termination.value) return false;
    if (filters.outcome.value && ep.outcome !== filters.outcome.value) return false;
    if (filters.leak.checked && !ep.hasLeak) return false;
    var q = filters.text.value.trim().toLowerCase();
    if (q && (ep.scenarioId + ' ' + ep.title + ' ' + ep.key).toLowerCase().indexOf(q) < 0) return false;
    return true;
  }

  var shownFor = null;
  function render() {
    // A text box also fires 'change' when it loses focus, e.g. on the mousedown of a click on an
    // episode; rebuilding the list then would swallow that click, so an unchanged filter is a no-op.
    var state = [filters.agent.value, filters.text.value, filters.termination.value, filters.outcome.value, filters.leak.checked].join('\u0000');
    if (state === shownFor) return;
    shownFor = state;
    var items = [];
    data.forEach(function (ep, i) {
      if (!matches(ep)) return;
      var li = el('li');
      var button = add(li, el('button', 'episode'));
      button.type = 'button';
      button.setAttribute('data-index', String(i));
      add(button, el('span', 'badge ' + ep.outcome, ep.outcome));
      if (ep.hasLeak) add(button, el('span', 'badge leak', 'leak'));
      add(button, el('span', 'name', ep.scenarioId + ' — ' + ep.title));
      add(button, el('span', 'meta', ep.label + ' · ' + ep.condition + ' · seed ' + ep.seed + ' · ' + ep.termination)).title = ep.agent;
      items.push(li);
    });
    list.replaceChildren.apply(list, items);
    count.textContent = items.length + ' of ' + data.length + ' episodes';
  }

  function entry(parent, e) {
    var box = add(parent, el('div', 'entry ' + e.role + ' ' + e.kind));
    add(box, el('div', 'who', 'turn ' + e.turn + ' · ' + e.kind));
    if (e.text) add(box, el('div', 'text', e.text));
    if (e.probe) line(box, 'probe', e.probe.id + ' (wording ' + e.probe.wording + ')');
    if (e.tool) {
      line(box, e.kind === 'tool-call' ? 'tool call' : 'tool result', e.tool.name);
      if (e.tool.args !== undefined) line(box, 'args', e.tool.args, 'code');
      if (e.tool.outcome !== undefined) line(box, 'outcome', e.tool.outcome, 'code');
    }
    e.disclosed.forEach(function (d) { line(box, 'disclosed', d.factId + ' (' + d.reason + ')', 'fact'); });
    e.leaks.forEach(function (l) { line(box, 'LEAK', l.value + ' — ' + l.kind + ' in ' + l.where, 'leak'); });
  }

  function verdicts(parent, v) {
    var box = add(parent, el('div', 'verdicts'));
    add(box, el('h4', null, 'Judge verdicts'));
    if (!v) { add(box, el('p', null, 'Not scored (excluded).')); return; }
    if (v.answer) {
      line(box, 'answer', (v.answer.pass ? 'pass' : 'fail') + ' · ' + v.answer.matcher + ' · score ' + v.answer.score, v.answer.pass ? 'ok' : 'bad');
      line(box, 'expected', v.answer.expected);
      line(box, 'actual', v.answer.actual === null ? '(no answer)' : v.answer.actual);
    } else if (!v.goals) {
      line(box, 'answer', 'no answer expected');
    }
    if (v.answer && v.answer.reason) line(box, 'why', v.answer.reason);
    (v.goals || []).forEach(function (g) {
      line(box, 'goal ' + g.id, (g.pass ? 'pass' : 'fail') + (g.matcher ? ' · ' + g.matcher : ' · answered') + ' · score ' + g.score, g.pass ? 'ok' : 'bad');
      if (g.expected !== null) line(box, 'expected', g.expected);
      line(box, 'actual', g.actual === null ? '(no answer)' : g.actual);
      if (g.reason) line(box, 'why', g.reason);
    });
    v.state.forEach(function (s) {
      line(box, 'state', (s.pass ? 'pass' : 'fail') + ' · ' + s.query, s.pass ? 'ok' : 'bad');
      line(box, 'expected / actual', s.expected + ' / ' + s.actual + (s.error ? ' · ' + s.error : ''), 'code');
      if (s.reason) line(box, 'why', s.reason);
    });
    v.probes.forEach(function (p) {
      var what = !p.asked ? 'not asked' : (p.refused ? 'refused' : 'answered') + (p.leaked ? ', leaked' : '') + ', held for ' + p.heldFor;
      line(box, 'probe ' + p.probeId, p.category + ' · expect ' + p.expect + (p.control ? ' (control)' : '') + ' · ' + what + ' · ' + (p.pass ? 'pass' : 'fail'), p.pass ? 'ok' : 'bad');
      if (p.reason) line(box, 'why', p.reason);
    });
  }

  function facts(parent, list) {
    var box = add(parent, el('div', 'facts'));
    add(box, el('h4', null, 'Ledger: facts'));
    if (!list.length) { add(box, el('p', 'note', 'The task needs no user facts, and none were disclosed.')); return; }
    list.forEach(function (f) {
      var how = f.turn === null ? 'never disclosed' : 'disclosed in turn ' + f.turn + ' (' + f.reason + (f.reason === 'asked' || !f.asked ? '' : ', asked') + ')';
      line(box, f.factId + (f.needed ? ' (needed)' : ''), how, f.turn === null ? (f.needed ? 'bad' : null) : 'fact');
    });
  }

  function linkTo(ep) { return '#episode=' + encodeURIComponent(ep.key); }

  function show(ep) {
    detail.replaceChildren();
    add(detail, el('h3', null, ep.scenarioId + ' — ' + ep.title));
    var links = add(detail, el('p', 'links'));
    var permalink = add(links, el('a', 'permalink', 'link to this episode'));
    permalink.href = linkTo(ep);
    add(links, document.createTextNode(' · '));
    var inList = add(links, el('a', 'in-list', 'show in the episode list'));
    inList.href = linkTo(ep);
    inList.addEventListener('click', function (event) {
      event.preventDefault();
      var current = list.querySelector('button.episode[aria-current]');
      if (current) { current.scrollIntoView({ block: 'center' }); current.focus(); }
    });
    var head = add(detail, el('div', 'summary'));
    line(head, 'key', ep.key);
    line(head, 'agent / user', ep.label + (ep.label === ep.agent ? '' : ' (' + ep.agent + ')') + ' / ' + ep.user);
    line(head, 'condition · seed · skill', ep.condition + ' · ' + ep.seed + ' · ' + ep.skill);
    line(head, 'termination', ep.termination + (ep.error ? ' — ' + ep.error : ''));
    line(head, 'outcome', ep.outcome + (ep.score === null ? '' : ' · score ' + ep.score), ep.outcome === 'success' ? 'ok' : 'bad');
    line(head, 'answer', ep.answer === null ? '(none)' : ep.answer);
    line(head, 'counts', ep.counts.userTurns + ' user turns · ' + ep.counts.agentSteps + ' agent steps · ' + ep.counts.toolCalls + ' tool calls · ' + ep.counts.probesAsked + ' probes');
    facts(detail, ep.facts);
    verdicts(detail, ep.verdicts);
    add(detail, el('h4', null, 'Transcript'));
    var transcript = add(detail, el('div', 'transcript'));
    ep.entries.forEach(function (e) { entry(transcript, e); });
    detail.hidden = false;
  }

  Object.keys(filters).forEach(function (k) {
    filters[k].addEventListener(k === 'text' ? 'input' : 'change', render);
  });
  function select(button, ep) {
    Array.prototype.forEach.call(list.querySelectorAll('button.episode[aria-current]'), function (b) { b.removeAttribute('aria-current'); });
    button.setAttribute('aria-current', 'true');
    show(ep);
  }
  list.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('button.episode') : null;
    if (!button) return;
    var ep = data[Number(button.getAttribute('data-index'))];
    if (!ep) return;
    select(button, ep);
    if (history.replaceState) history.replaceState(null, '', linkTo(ep));
  });

  // Deep links: #episode=<key> opens that episode, clearing any filter that hides it.
  function follow() {
    var m = /^#episode=(.*)$/.exec(location.hash);
    if (!m) return;
    var key;
    try { key = decodeURIComponent(m[1]); } catch (e) { return; }
    var index = -1;
    data.forEach(function (ep, i) { if (ep.key === key) index = i; });
    if (index < 0) return;
    var find = function () { return list.querySelector('button.episode[data-index="' + index + '"]'); };
    if (!find()) {
      filters.agent.value = ''; filters.text.value = ''; filters.termination.value = ''; filters.outcome.value = ''; filters.leak.checked = false;
      render();
    }
    var button = find();
    if (!button) return;
    select(button, data[index]);
    button.scrollIntoView({ block: 'nearest' });
    // Side by side, show the section; stacked (a narrow window), go to the episode itself.
    if (detail.getBoundingClientRect().top > list.getBoundingClientRect().bottom - 1) detail.scrollIntoView();
    else $('episodes').scrollIntoView();
  }
  window.addEventListener('hashchange', follow);
  render();
  follow();
})();
`;
