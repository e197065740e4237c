/**
 * Extraction speed on the corpus generator's article texts: articles per second for
 * extractArticle on one core (the texts of `generateCorpus`, nif:isString of each article), and
 * the wall time of `claimgraph extract FOLDER --out DRAFTS` on a folder of 1,000 of them (one
 * process: reading, drafting, compiling each draft to check it, writing the YAML).
 *
 *   npm run bench:extract [-- --articles 1000 --seed 1 --out test-output/bench-extract.json]
 *
 * Needs the built CLI (npm run bench:extract builds it first). Prints one JSON object per
 * measurement and writes them all to --out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extractArticle } from '../src/extract/index.js';
import { generateCorpus } from './generate.js';

const IS_STRING = '<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>';

/** The article texts of a generated corpus of about `articles` articles. */
function corpusTexts(articles: number, seed: number): string[] {
  // The generator stops at a number of quads; about 1,550 quads make one article, so ask for a little more.
  const { nquads } = generateCorpus({ triples: articles * 2000, seed });
  const texts: string[] = [];
  for (const line of nquads.split('\n')) {
    const at = line.indexOf(IS_STRING);
    if (at < 0) continue;
    const literal = line.slice(at + IS_STRING.length).trim();
    const end = literal.lastIndexOf('"');
    texts.push(JSON.parse(literal.slice(0, end + 1)) as string);
  }
  return texts.slice(0, articles);
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const n = Number(arg('articles') ?? 1000);
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out') ?? 'test-output/bench-extract.json';
  const texts = corpusTexts(n, seed);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const rows: Record<string, unknown>[] = [];
  const emit = (row: Record<string, unknown>) => {
    rows.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  };

  // In process, one core: a warm-up pass, then three timed passes; the median.
  for (const t of texts.slice(0, 50)) extractArticle(t);
  const passes: number[] = [];
  let statements = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    statements = 0;
    for (const t of texts) {
      const d = extractArticle(t, { id: 'bench' });
      statements += (d.claims?.length ?? 0) + (d.quotations?.length ?? 0);
    }
    passes.push(performance.now() - t0);
  }
  const ms = passes.sort((a, b) => a - b)[1]!;
  emit({
    kind: 'extract',
    name: 'extractArticle on generated article texts (one core)',
    articles: texts.length,
    mean_chars: Math.round(chars / texts.length),
    statements_per_article: Number((statements / texts.length).toFixed(1)),
    ms: Number(ms.toFixed(1)),
    articles_per_second: Number(((texts.length / ms) * 1000).toFixed(1)),
    ms_per_article: Number((ms / texts.length).toFixed(3)),
  });

  // A folder through the command line, one process, as a curator would draft it.
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-extract-'));
  try {
    const textsDir = join(dir, 'texts');
    mkdirSync(textsDir);
    for (const [i, t] of texts.entries()) writeFileSync(join(textsDir, `article-${String(i + 1).padStart(4, '0')}.txt`), t);
    const t0 = performance.now();
    execFileSync(process.execPath, ['dist/cli.js', 'extract', textsDir, '--out', join(dir, 'drafts')], { stdio: ['ignore', 'ignore', 'ignore'] });
    const wall = performance.now() - t0;
    const drafted = readdirSync(join(dir, 'drafts')).length;
    emit({
      kind: 'extract',
      name: `claimgraph extract on a folder of ${texts.length} texts (one process, drafts compiled and written)`,
      articles: drafted,
      ms: Math.round(wall),
      articles_per_second: Number(((drafted / wall) * 1000).toFixed(1)),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, seed, rows }, null, 2)}\n`);
}

main(process.argv.slice(2));
