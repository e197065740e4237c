/** Markdown table of a results file: `tsx bench/table.ts [bench/results/latest.json]`. */
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench/results/latest.json';
const { results, machine, seconds, quick } = JSON.parse(readFileSync(file, 'utf8')) as {
  results: Record<string, unknown>[];
  machine: Record<string, unknown>;
  seconds: number;
  quick: boolean;
};
const n = (x: unknown, d = 2) => (typeof x === 'number' ? (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(d)) : '');
const k = (t: unknown) => (typeof t === 'number' ? (t >= 1e6 ? `${(t / 1e6).toFixed(1)}M` : `${Math.round(t / 1000)}k`) : '');
console.log(
  `${quick ? 'Quick' : 'Full'} run, ${seconds} s; ${machine.cpus} × ${machine.cpu}, ${machine.memory_gb} GB, Node ${machine.node}, oxigraph ${machine.oxigraph}.\n`,
);
console.log('| kind | measurement | triples | claimgraph p50 | p95 | Oxigraph p50 | ratio |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of results) {
  let cg: string, p95: string, ox: string;
  if (r.kind === 'load') {
    cg = `${n(r.p50_ms)} ms (${n(r.triples_per_s)} t/s)`;
    p95 = n(r.p95_ms);
    ox = `${n(r.oxigraph_p50_ms)} ms (${n(r.oxigraph_triples_per_s)} t/s)`;
  } else if (r.kind === 'memory') {
    cg = `${n(r.rss_bytes_per_triple)} B/t RSS, ${n(r.heap_bytes_per_triple)} heap`;
    p95 = '';
    ox = `${n(r.oxigraph_rss_bytes_per_triple)} B/t RSS, ${n(r.oxigraph_heap_bytes_per_triple)} heap+wasm`;
  } else {
    cg = r.error ? `error: ${String(r.error).slice(0, 60)}` : `${n(r.p50_ms)} ms`;
    p95 = r.error ? '' : `${n(r.p95_ms)} ms`;
    ox = r.oxigraph_p50_ms === undefined ? '—' : `${n(r.oxigraph_p50_ms)} ms`;
  }
  console.log(`| ${r.kind} | ${r.name} | ${k(r.triples)} | ${cg} | ${p95} | ${ox} | ${r.ratio_vs_oxigraph === null ? '—' : n(r.ratio_vs_oxigraph)} |`);
}
const ratios = (pred: (r: Record<string, unknown>) => boolean) =>
  results
    .filter((r) => pred(r) && typeof r.ratio_vs_oxigraph === 'number')
    .map((r) => r.ratio_vs_oxigraph as number)
    .sort((a, b) => a - b);
const median = (xs: number[]) => (xs.length ? xs[Math.floor((xs.length - 1) / 2)]! : NaN);
const sparql = ratios((r) => r.kind === 'sparql' && !String(r.name).startsWith('first'));
const helpers = ratios((r) => r.kind === 'helper');
console.log(`\nMedian SPARQL ratio ${n(median(sparql))} over ${sparql.length} queries; helper ratios ${helpers.map((x) => n(x)).join(', ')}.`);
