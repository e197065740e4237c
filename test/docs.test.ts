// The model documentation and the tutorial stay true to the code: the picture in docs/model.md is
// what scripts/model-diagram.ts draws from the ontology now; every SPARQL block of docs/model.md
// runs on the bundled article and finds something; the tutorial's complete annotation compiles
// and validates, and its SPARQL blocks find something in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Parser as SparqlParser } from 'sparqljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimGraph, PREFIXES, compileAnnotationSource, loadArticle } from '../src/index.js';
import { committedDiagram, modelDiagram } from '../scripts/model-diagram.js';

const root = new URL('..', import.meta.url).pathname;
const model = readFileSync(join(root, 'docs', 'model.md'), 'utf8');
const tutorial = readFileSync(join(root, 'docs', 'tutorial.md'), 'utf8');

const fenced = (doc: string, lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
/** The first line of a query that says what it asks, for test names. */
const title = (query: string) =>
  query
    .split('\n')
    .find((l) => /\bSELECT\b/i.test(l))
    ?.trim()
    .slice(0, 80) ?? query.slice(0, 80);
/** The query with the prefixes it does not declare itself, as `kg.select` adds them. */
const withPrefixes = (query: string) => {
  const declared = new Set([...query.matchAll(/\bPREFIX\s+([\w.-]*):/gi)].map((m) => m[1]!));
  const missing = Object.entries(PREFIXES).filter(([p]) => !declared.has(p));
  return missing.map(([p, iri]) => `PREFIX ${p}: <${iri}>\n`).join('') + query;
};

describe('docs/model.md', () => {
  it('shows the diagram the ontology gives now (npx tsx scripts/model-diagram.ts redraws it)', () => {
    const fresh = modelDiagram(readFileSync(join(root, 'ontology', 'claimgraph.ttl'), 'utf8'));
    expect(committedDiagram(model)).toBe(fresh);
  });

  it('draws the main classes and properties of the ontology', () => {
    const diagram = committedDiagram(model).replaceAll('#58;', ':');
    for (const term of [
      'cg:ReportStep',
      'cg:holder',
      'cg:reportStep',
      'cg:withinStatement',
      'cg:certainty',
      'cg:stance',
      'cg:UnnamedSource',
      'cg:condition',
      'cg:HedgeScheme',
    ]) {
      expect(diagram, term).toContain(term);
    }
    expect(fenced(diagram, 'mermaid').length).toBe(3);
  });

  const queries = fenced(model, 'sparql');
  it('has SPARQL examples', () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
  });

  let kg: ClaimGraph;
  beforeAll(async () => {
    kg = await loadArticle();
  });

  queries.forEach((query) => {
    it(`runs on the bundled article: ${title(query)}`, async () => {
      expect(() => new SparqlParser().parse(withPrefixes(query))).not.toThrow();
      const rows = await kg.select(query);
      expect(rows.length, query).toBeGreaterThan(0);
    });
  });
});

describe('docs/tutorial.md', () => {
  const example = /<!-- tutorial-example:begin -->\n```yaml\n([\s\S]*?)```\n<!-- tutorial-example:end -->/.exec(tutorial)?.[1];

  it('has a complete annotation', () => {
    expect(example).toBeDefined();
  });

  it('writes every YAML fragment as valid YAML', () => {
    for (const block of fenced(tutorial, 'yaml')) expect(() => parseYaml(block), block).not.toThrow();
  });

  let kg: ClaimGraph;
  beforeAll(async () => {
    const compiled = compileAnnotationSource(example!, { file: 'docs/tutorial.md' });
    kg = new ClaimGraph();
    await kg.add(compiled.quads);
  });

  it('compiles and validates its complete annotation', async () => {
    const report = await kg.validate();
    expect(report.problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('covers the second-edition format: holder, via, within, factuality, content, reportedBy, verdict, annotator, vocabulary', () => {
    const data = parseYaml(example!) as Record<string, any>;
    const statements = [...(data.claims ?? []), ...(data.quotations ?? [])];
    expect(statements.some((s) => s.holder === 'article')).toBe(true);
    expect(statements.some((s) => s.holder === 'unspecified')).toBe(true);
    expect(statements.some((s) => s.via)).toBe(true);
    expect(statements.some((s) => s.within)).toBe(true);
    for (const f of ['certainty', 'polarity', 'time', 'stance'])
      expect(
        statements.some((s) => s[f]),
        f,
      ).toBe(true);
    expect(statements.every((s) => typeof s.content === 'string')).toBe(true);
    expect(Object.values(data.entities).some((e: any) => e.reportedBy)).toBe(true);
    expect((data.notes ?? []).some((n: any) => n.verdict)).toBe(true);
    expect(data.article.annotator).toBeDefined();
    expect(data.vocabulary?.terms).toBeDefined();
  });

  fenced(tutorial, 'sparql').forEach((query) => {
    it(`runs on the tutorial's article: ${title(query)}`, async () => {
      const rows = await kg.select(query);
      expect(rows.length, query).toBeGreaterThan(0);
    });
  });
});
