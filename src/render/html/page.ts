/** One self-contained HTML document (script, styles and data inlined) for exploring a claim graph. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutGraph } from './layout.js';
import { PAGE_CSS } from './style.js';
import type { PagePayload } from './types.js';
import { escapeHtml } from '../table.js';

export interface RenderPageOptions {
  /** See layoutGraph: undefined = only when positions are missing, true = always, false = never. */
  layout?: boolean;
}

const BUNDLE = 'client.bundle.js';
let bundle: string | undefined;

/**
 * The browser code, bundled from client.ts by `node scripts/build-page.mjs` and committed.
 * Read from beside this module: src/render/html in the sources, dist in the build (tsup.config.ts copies it).
 */
export function clientBundle(): string {
  if (bundle !== undefined) return bundle;
  const file = join(dirname(fileURLToPath(import.meta.url)), BUNDLE);
  if (!existsSync(file)) throw new Error(`claimgraph: ${BUNDLE} not found in ${dirname(file)}; run node scripts/build-page.mjs, then npm run build`);
  return (bundle = readFileSync(file, 'utf8'));
}

/** JSON that cannot end the script element it sits in, nor be cut by a JS line terminator. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderPage(payload: PagePayload, options: RenderPageOptions = {}): string {
  const data: PagePayload = { ...payload, graph: layoutGraph(payload.graph, options.layout) };
  // A bundle is code, not data, so it cannot be \u-escaped; "</script" is the only sequence that could end it early.
  const script = clientBundle().replace(/<\/(script)/gi, '<\\/$1');
  const title = escapeHtml(payload.title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
  <h1>${title}</h1>
  <div class="search"><input id="search" type="search" placeholder="Search nodes…" autocomplete="off" aria-label="Search nodes"><ul id="results" role="listbox" hidden></ul></div>
  <fieldset><legend>Colour by</legend>
    <label><input type="radio" name="colour" value="kind" checked> kind</label>
    <label><input type="radio" name="colour" value="sourcing"> sourcing</label></fieldset>
  <fieldset><legend>Layers</legend>
    <label><input type="checkbox" name="layer" value="fact" checked> facts</label>
    <label><input type="checkbox" name="layer" value="claim" checked> claims</label>
    <label><input type="checkbox" name="layer" value="editorial" checked> editorial</label></fieldset>
  <fieldset><legend>Statements</legend>
    <label>hedge <select id="filter-hedge"><option value="">all</option></select></label>
    <label>sourcing <select id="filter-sourcing"><option value="">all</option></select></label>
    <label hidden>article <select id="filter-article"><option value="">all</option></select></label></fieldset>
</header>
<main>
  <div id="stage"><div id="graph"></div><div id="legend" aria-label="Legend"></div></div>
  <aside id="panel"><p class="hint">Click a node, or search for one, to see its claims and quotations.</p></aside>
</main>
<script type="application/json" id="claimgraph-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
