/** The query page: a form that posts SPARQL to the endpoint and shows the answer, SELECT as a table. */

const EXAMPLE = `# What kinds of things the graph holds, most common first
SELECT ?type (COUNT(?thing) AS ?things)
WHERE { ?thing a ?type }
GROUP BY ?type
ORDER BY DESC(?things)
LIMIT 20`;

export function queryPage(options: { endpoint: string; update: boolean }): string {
  const endpoint = JSON.stringify(options.endpoint).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimgraph SPARQL query</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem auto; max-width: 70rem; padding: 0 1rem; color: #1d1d1f; }
  textarea { width: 100%; min-height: 12rem; font: 14px/1.4 ui-monospace, monospace; box-sizing: border-box; }
  table { border-collapse: collapse; margin-top: 1rem; font-size: 14px; }
  th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
  pre { background: #f5f5f7; padding: .75rem; overflow: auto; }
  .error { color: #b00020; white-space: pre-wrap; }
  nav a { margin-right: 1rem; }
</style>
</head>
<body>
<nav><a href="/">Explorer</a><a href="/sparql">Service description</a></nav>
<h1>SPARQL query</h1>
<p>The claimgraph prefixes (cg:, schema:, prov:, id: …) are declared for you.${options.update ? ' Updates need the token.' : ' The endpoint is read-only.'}</p>
<form id="form">
  <textarea id="query" name="query" spellcheck="false" aria-label="SPARQL query">${EXAMPLE.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</textarea>
  <p>
    <label>Answer as <select id="accept">
      <option value="application/sparql-results+json">table (SELECT, ASK)</option>
      <option value="text/turtle">Turtle (CONSTRUCT, DESCRIBE)</option>
      <option value="application/ld+json">JSON-LD (CONSTRUCT, DESCRIBE)</option>
      <option value="text/csv">CSV</option>
      <option value="application/sparql-results+xml">SPARQL XML</option>
    </select></label>
    <button type="submit">Run</button> <span id="status"></span>
  </p>
</form>
<div id="out"></div>
<script>
const endpoint = ${endpoint};
const out = document.getElementById('out');
const status = document.getElementById('status');
function cell(t) { return t === undefined ? '' : t.type === 'bnode' ? '_:' + t.value : t.value; }
document.getElementById('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  out.replaceChildren();
  status.textContent = 'running…';
  const started = performance.now();
  const accept = document.getElementById('accept').value;
  try {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: accept }, body: document.getElementById('query').value });
    const text = await response.text();
    status.textContent = response.status + ' · ' + Math.round(performance.now() - started) + ' ms';
    if (!response.ok) { const p = document.createElement('p'); p.className = 'error'; p.textContent = text; out.append(p); return; }
    const type = response.headers.get('Content-Type') || '';
    if (type.startsWith('application/sparql-results+json')) {
      const data = JSON.parse(text);
      if ('boolean' in data) { const p = document.createElement('p'); p.textContent = String(data.boolean); out.append(p); return; }
      const table = document.createElement('table');
      const head = table.insertRow();
      for (const v of data.head.vars) { const th = document.createElement('th'); th.textContent = v; head.append(th); }
      for (const b of data.results.bindings) { const row = table.insertRow(); for (const v of data.head.vars) row.insertCell().textContent = cell(b[v]); }
      const n = document.createElement('p'); n.textContent = data.results.bindings.length + ' rows';
      out.append(n, table);
    } else { const pre = document.createElement('pre'); pre.textContent = text; out.append(pre); }
  } catch (e) { status.textContent = ''; const p = document.createElement('p'); p.className = 'error'; p.textContent = String(e); out.append(p); }
});
</script>
</body>
</html>
`;
}
