// The SHACL shapes: every graph of the bundled articles conforms; the controlled lists match the
// ontology; broken graphs (default, content, editorial) are reported with a message.
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { conceptScheme, type SchemeName } from '../../src/ontology.js';
import { shaclProblems } from '../../src/validate/shacl.js';
import { PREFIXES, prefixDeclarations } from '../../src/vocab.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const shapes = new Store(new Parser().parse(read('ontology/shapes.ttl')));
const SH = 'http://www.w3.org/ns/shacl#';
const trig = (slug: string) => new Parser({ format: 'application/trig' }).parse(read(`data/articles/${slug}.trig`));

/** The members of an RDF list in the shapes graph. */
function list(head: Quad['object']): string[] {
  const out: string[] = [];
  for (let node = head; node.value !== `${PREFIXES.rdf}nil`; node = shapes.getObjects(node, `${PREFIXES.rdf}rest`, null)[0]!)
    out.push(shapes.getObjects(node, `${PREFIXES.rdf}first`, null)[0]!.value);
  return out;
}

/** The sh:in list of the property shape on `path`, in the shape `shape`. */
function inList(shape: string, path: string): string[] {
  const prop = shapes
    .getObjects(`https://w3id.org/claimgraph/shapes#${shape}`, `${SH}property`, null)
    .find((p) => shapes.getObjects(p, `${SH}path`, null)[0]?.value === PREFIXES.cg + path && shapes.countQuads(p, `${SH}in`, null, null));
  return list(shapes.getObjects(prop!, `${SH}in`, null)[0]!);
}

const members = (scheme: SchemeName) => [...conceptScheme(scheme).values()].map((c) => c.iri).sort();

describe('SHACL shapes', () => {
  it('every graph of both bundled articles conforms', async () => {
    for (const slug of ['trump-tomahawks', 'envoys-tomahawk-question']) expect(await shaclProblems(trig(slug))).toEqual([]);
  });

  it('list exactly the concepts of each scheme of the ontology', () => {
    const cases: [string, string, SchemeName][] = [
      ['Statement', 'hedge', 'HedgeScheme'],
      ['Statement', 'sourcing', 'SourcingScheme'],
      ['Statement', 'channel', 'ChannelScheme'],
      ['Statement', 'certainty', 'CertaintyScheme'],
      ['Statement', 'polarity', 'PolarityScheme'],
      ['Statement', 'time', 'TimeScheme'],
      ['Statement', 'stance', 'StanceScheme'],
      ['WeaponSystem', 'category', 'WeaponCategoryScheme'],
      ['Modality', 'modality', 'CertaintyScheme'],
    ];
    for (const [shape, path, scheme] of cases) expect([...inList(shape, path)].sort(), `${shape} cg:${path}`).toEqual(members(scheme));
  });

  it('reports a statement without holder, a hedge outside the list, a quantity without a number, in whichever graph', async () => {
    const broken = new Parser({ format: 'application/trig' }).parse(`${prefixDeclarations('turtle')}
      <http://example.org/a> a schema:NewsArticle ; rdfs:label "A" .
      <http://example.org/ctx> a nif:Context ; nif:isString "He said hello." ; nif:sourceUrl <http://example.org/a> .
      <http://example.org/ctx#char=0,14> a nif:Phrase ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "14"^^xsd:nonNegativeInteger ;
        nif:anchorOf "He said hello." ; nif:referenceContext <http://example.org/ctx> .
      <http://example.org/step> a cg:ReportStep ; cg:position "1"^^xsd:positiveInteger ; cg:document <http://example.org/a> .
      <http://example.org/q> a schema:Quotation ; schema:text "hello" ; schema:isPartOf <http://example.org/a> ;
        cg:evidence <http://example.org/ctx#char=0,14> ; cg:quotedPart <http://example.org/ctx#char=0,14> ;
        cg:hedge cg:NoHedge ; cg:sourcing cg:NamedOnRecord ; cg:channel cg:SpeechChannel ; cg:reportStep <http://example.org/step> ;
        cg:certainty cg:Certain ; cg:polarity cg:Affirmed ; cg:time cg:Past ; cg:stance cg:Neutral .
      <http://example.org/c> a schema:Claim ; rdfs:label "c" ; cg:holder <http://example.org/x> ; schema:isPartOf <http://example.org/a> ;
        cg:evidence <http://example.org/ctx#char=0,14> ; cg:hedge cg:Supposedly ; cg:sourcing cg:ArticleVoice ; cg:channel cg:NarrationChannel ;
        cg:reportStep <http://example.org/step> ; cg:certainty cg:Certain ; cg:polarity cg:Affirmed ; cg:time cg:Past ; cg:stance cg:Neutral ;
        cg:content <http://example.org/c/content> .
      <http://example.org/c/content> {
        <http://example.org/w> cg:range [ a schema:QuantitativeValue ; schema:value "far" ; schema:unitText "km" ] .
        <http://example.org/n> cg:range [ a schema:QuantitativeValue ; schema:unitText "km" ] .
        <http://example.org/ok> cg:range [ a schema:QuantitativeValue ; schema:maxValue 300 ; cg:approximate true ; schema:unitCode "KMT" ] .
        <http://example.org/act> cg:modality cg:Reportedly .
        _:vote a schema:Event ; schema:name "the vote" ; schema:startDate "March" .
      }
      <http://example.org/a/editorial> { <http://example.org/note> a cg:EditorialNote ; oa:bodyValue "n" ; oa:motivatedBy oa:commenting . }
    `);
    const problems = await shaclProblems(broken);
    const by = (focus: string) =>
      problems
        .filter((p) => p.focus === focus)
        .map((p) => p.message)
        .join(' | ');
    expect(by('http://example.org/q')).toMatch(/exactly one holder/);
    expect(by('http://example.org/c')).toMatch(/cg:hedge must be one concept of cg:HedgeScheme/);
    const content = problems.filter((p) => p.graph === 'http://example.org/c/content').map((p) => p.message);
    expect(content.some((m) => /schema:value, a number/.test(m))).toBe(true);
    expect(content.some((m) => /with a number: schema:value, or schema:minValue/.test(m))).toBe(true);
    expect(content.some((m) => /cg:modality is one concept of cg:CertaintyScheme/.test(m))).toBe(true);
    // A blank event in content needs no label (entities are declared in the default graph), but its date is checked.
    expect(content.filter((m) => /schema:startDate/.test(m))).toHaveLength(1);
    expect(content.some((m) => /exactly one label/.test(m))).toBe(false);
    expect(by('http://example.org/note')).toMatch(/targets at least one/);
    expect(problems.find((p) => p.focus === 'http://example.org/note')?.graph).toBe('http://example.org/a/editorial');
    expect(problems.map((p) => p.message).join('\n')).toMatch(/^In the graph <http:\/\/example\.org\/c\/content>/m);
    expect(problems, problems.map((p) => `${p.focus} ${p.message}`).join('\n')).toHaveLength(7);
  });
});
