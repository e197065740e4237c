// What loading reads beyond the usual: empty documents, RDF/XML, and triples into a named graph;
// and that a refused load leaves the graph as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { ClaimGraph, InvalidArgumentError, ParseError, UnsupportedFormatError } from '../../src/index.js';

const TURTLE = `@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/a> a schema:NewsArticle ;
  schema:headline "Ferry fares rise"@en ;
  schema:wordCount "412"^^xsd:integer ;
  schema:author [ schema:name "A. Writer" ] ;
  schema:keywords ( "ferries" "fares" ) .
`;

const RDFXML = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:schema="http://schema.org/">
  <schema:NewsArticle rdf:about="https://example.org/a">
    <schema:headline xml:lang="en">Ferry fares rise</schema:headline>
    <schema:wordCount rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">412</schema:wordCount>
    <schema:author><rdf:Description><schema:name>A. Writer</schema:name></rdf:Description></schema:author>
    <schema:keywords rdf:parseType="Collection">
      <rdf:Description><rdf:value>ferries</rdf:value></rdf:Description>
    </schema:keywords>
  </schema:NewsArticle>
</rdf:RDF>
`;

const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-loading-'));

describe('empty input', () => {
  it('an empty Turtle, TriG, N-Triples or N-Quads document is an empty graph', async () => {
    const kg = new ClaimGraph();
    for (const format of ['turtle', 'trig', 'ntriples', 'nquads']) {
      for (const text of ['', '\n  \n', format === 'turtle' || format === 'trig' ? '# nothing yet\n@prefix ex: <https://example.org/> .\n' : '# nothing\n']) {
        expect(await kg.loadString(text, { format }), `${format} ${JSON.stringify(text)}`).toMatchObject({ added: 0, read: 0 });
      }
    }
    const file = join(tmp, 'empty.ttl');
    writeFileSync(file, '');
    expect((await kg.loadFile(file)).added).toBe(0);
    expect(kg.size).toBe(0);
  });

  it('empty JSON-LD, RDF/XML or annotation text is not a document, and says so', async () => {
    const kg = new ClaimGraph();
    for (const format of ['jsonld', 'rdfxml', 'annotation']) {
      const error = await kg.loadString('  ', { format, source: 'x' }).catch((e) => e);
      expect(error, format).toBeInstanceOf(ParseError);
      expect(error.message).toMatch(/^x: the input is empty, which is not/);
    }
  });
});

describe('RDF/XML', () => {
  it('reads the same graph as the Turtle it stands for, from a string or an .rdf file', async () => {
    const kg = new ClaimGraph();
    await kg.loadString(RDFXML, { format: 'application/rdf+xml' });
    const xml = kg.store.getQuads(null, null, null, null);
    const expected = new Parser().parse(TURTLE.replace('( "ferries" "fares" )', '( [ <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "ferries" ] )'));
    expect(isomorphic(xml, expected)).toBe(true);
    const file = join(tmp, 'article.rdf');
    writeFileSync(file, RDFXML);
    const again = new ClaimGraph();
    expect((await again.loadFile(file)).added).toBe(expected.length);
  });

  it('a fault gives the place and loads nothing', async () => {
    const kg = new ClaimGraph();
    await kg.loadString(TURTLE, { format: 'turtle' });
    const before = kg.size;
    const broken = RDFXML.replace('</schema:headline>', '</schema:headlin>');
    const error = await kg.loadString(broken, { format: 'rdfxml', source: 'broken.rdf' }).catch((e) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error.message).toMatch(/^broken\.rdf:4:\d+: .*RDF\/XML/);
    expect(error.line).toBe(4);
    expect(kg.size).toBe(before);
  });

  it('is read, not written', async () => {
    const error = await new ClaimGraph().serialize({ format: 'rdfxml' as never }).catch((e) => e);
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect(error.message).toMatch(/read but not written.*turtle/);
  });
});

describe('triples into a named graph', () => {
  const G = 'https://example.org/graph/ferries';

  it('puts every triple of Turtle, RDF/XML or N-Triples into the graph', async () => {
    const kg = new ClaimGraph();
    await kg.loadString(TURTLE, { format: 'turtle', graph: G });
    await kg.loadString(RDFXML, { format: 'rdfxml', graph: `${G}/xml` });
    await kg.loadString('<https://example.org/b> <https://example.org/p> "x" .\n', { format: 'ntriples', graph: G });
    expect(kg.store.getQuads(null, null, null, DataFactory.defaultGraph())).toHaveLength(0);
    const rows = await kg.select(`SELECT ?h WHERE { GRAPH <${G}> { ?a <http://schema.org/headline> ?h } }`);
    expect(rows.map((r) => r.h)).toEqual(['Ferry fares rise']);
    const file = join(tmp, 'triples.ttl');
    writeFileSync(file, TURTLE);
    const fromFile = new ClaimGraph();
    await fromFile.loadFile(file, { graph: G });
    expect(fromFile.store.countQuads(null, null, null, G)).toBe(fromFile.size);
    await kg.close();
  });

  it('refuses input with graphs of its own, an annotation and a name that is not an IRI, loading nothing', async () => {
    const kg = new ClaimGraph();
    await kg.loadString(TURTLE, { format: 'turtle' });
    const before = kg.size;
    const trig = `<https://example.org/g> { <https://example.org/s> <https://example.org/p> "o" . }`;
    const own = await kg.loadString(trig, { format: 'trig', graph: G, source: 'two.trig' }).catch((e) => e);
    expect(own).toBeInstanceOf(InvalidArgumentError);
    expect(own.message).toMatch(/^two\.trig: the input names a graph of its own \(https:\/\/example\.org\/g\)/);
    for (const graph of ['not an iri', 'relative/path', '']) {
      await expect(kg.loadString(TURTLE, { format: 'turtle', graph })).rejects.toThrow(/must be an absolute IRI/);
    }
    await expect(kg.loadString('article: {}', { format: 'annotation', graph: G })).rejects.toThrow(/an annotation makes graphs of its own/);
    expect(kg.size).toBe(before);
  });
});

describe('literals in the form the accelerated engine keeps', () => {
  const DATA = `@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/s> <https://example.org/price> "21000.0"^^xsd:decimal ;
  <https://example.org/begin> "5"^^xsd:nonNegativeInteger ;
  <https://example.org/flag> "1"^^xsd:boolean ;
  <https://example.org/at> "2025-10-12T10:00:00+00:00"^^xsd:dateTime ;
  <https://example.org/big> "3.0E4"^^xsd:double ;
  <https://example.org/name> "kept" .
`;

  it('as written by default, so SPARQL goes to Comunica with the stored terms', async () => {
    const kg = new ClaimGraph();
    expect((await kg.loadString(DATA, { format: 'turtle' })).rewritten).toBeUndefined();
    expect(kg.store.literalsKeptByValue).toBe(5);
    const [row] = (await kg.select('SELECT ?b WHERE { ?s <https://example.org/begin> ?b }')).terms;
    expect((row!.b as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
    await kg.close();
  });

  it('with canonicalLiterals, the same values in kept forms, counted; only the double is left as it was', async () => {
    const kg = new ClaimGraph();
    const report = await kg.loadString(DATA, { format: 'turtle', canonicalLiterals: true });
    expect(report.rewritten).toBe(4);
    const value = (p: string) => kg.store.getObjects(null, `https://example.org/${p}`, null)[0] as { value: string; datatype: { value: string } };
    expect([value('price').value, value('begin').value, value('flag').value, value('at').value]).toEqual(['21000', '5', 'true', '2025-10-12T10:00:00Z']);
    expect(value('begin').datatype.value).toBe('http://www.w3.org/2001/XMLSchema#integer');
    expect(kg.store.literalsKeptByValue).toBe(1);
    await kg.close();
  });
});
