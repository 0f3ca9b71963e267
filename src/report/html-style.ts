/**
 * The report's stylesheet, inlined into the page. System fonts only: a web
 * font would be a network request, which the page's CSP forbids anyway.
 */

/** CSS for report.html. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1d2330; --muted: #5b6475; --line: #d9dde5; --ok: #1b7f3b; --bad: #b3261e; --warn: #b35c00; --bg2: #f5f7fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; padding: 1.5rem; max-width: 1280px; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: .2rem 0 .6rem; }
h4 { font-size: .95rem; margin: 1rem 0 .4rem; }
nav a { margin-right: .8rem; color: inherit; }
.table-wrap { overflow-x: auto; max-width: 100%; }
/* Row labels (variant names) stay on one line and stay in view while a wide table scrolls sideways. */
.table-wrap tr > :first-child { white-space: nowrap; position: sticky; left: 0; background: #fff; z-index: 1; box-shadow: 1px 0 0 var(--line); }
.table-wrap thead tr > :first-child { background: var(--bg2); }
tbody th { font-weight: 600; }
td.terms { font-size: .85em; color: var(--muted); min-width: 14rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
.lede { font-size: 1.05rem; margin: .2rem 0 .3rem; }
.findings { font-size: 1rem; max-width: 75rem; }
details > summary { cursor: pointer; color: var(--muted); margin: .4rem 0; }
.links { margin: 0 0 .6rem; font-size: .9em; }
section, #episode-detail { scroll-margin-top: 3rem; }
header { position: sticky; top: 0; background: #fff; z-index: 2; padding: .4rem 0; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--bg2); font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
td.num .ci { display: block; }
.ci { color: var(--muted); font-size: .85em; }
.empty, .note, footer { color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; background: #fff; }
figure.chart { max-width: 100%; overflow-x: auto; }
figure.chart svg { display: block; }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin: .5rem 0 .8rem; }
.filters label { display: flex; gap: .35rem; align-items: center; }
#episode-count { color: var(--muted); margin-left: auto; }
.browser { display: grid; grid-template-columns: minmax(260px, 1fr) 2fr; gap: 1rem; align-items: start; }
#episode-list { list-style: none; margin: 0; padding: 0; max-height: 80vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
#episode-list li { border-bottom: 1px solid var(--line); }
button.episode { all: unset; display: block; box-sizing: border-box; width: 100%; padding: .4rem .6rem; cursor: pointer; white-space: normal; }
.browser > * { min-width: 0; }
button.episode:hover, button.episode:focus-visible { background: var(--bg2); }
button.episode[aria-current="true"] { background: #e6eefa; }
button.episode .name { display: block; font-weight: 600; overflow-wrap: anywhere; }
button.episode .meta { display: block; color: var(--muted); font-size: .85em; }
.badge { display: inline-block; font-size: .75em; padding: 0 .4em; border-radius: 3px; margin-right: .3em; color: #fff; background: var(--muted); }
.badge.success { background: var(--ok); }
.badge.fail { background: var(--bad); }
.badge.leak { background: var(--warn); }
#episode-detail { border: 1px solid var(--line); border-radius: 6px; padding: .8rem; min-width: 0; position: sticky; top: .5rem; max-height: 95vh; overflow: auto; }
.kv { display: grid; grid-template-columns: 11rem 1fr; gap: .6rem; }
.kv .k { color: var(--muted); }
.kv .v { white-space: pre-wrap; overflow-wrap: anywhere; }
.kv.code .v { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85em; }
.kv.ok .v { color: var(--ok); }
.kv.bad .v, .kv.leak .v, .kv.leak .k { color: var(--bad); }
.kv.fact .v { color: var(--ok); }
.entry { border-left: 3px solid var(--line); padding: .3rem .6rem; margin: .4rem 0; }
.entry.user { border-color: #4c78a8; }
.entry.agent { border-color: #54a24b; }
.entry.tool { border-color: #b279a2; background: var(--bg2); }
.entry.probe { border-color: var(--warn); }
.entry .who { font-size: .8em; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.entry .text { white-space: pre-wrap; overflow-wrap: anywhere; }
@media (max-width: 800px) { .browser { grid-template-columns: 1fr; } }
`;
