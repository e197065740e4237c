// The SHACL shapes: the bundled article conforms; broken graphs are reported with a fix.
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
// @ts-ignore: shacl-engine ships no type declarations
import { Validator } from 'shacl-engine';
import { describe, expect, it } from 'vitest';
import { prefixDeclarations } from '../../src/vocab.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const shapes = new Store(new Parser().parse(read('ontology/shapes.ttl')));
const factory = { ...DataFactory, dataset: (quads?: never[]) => new Store(quads) };

async function validate(quads: Quad[]) {
  const report = await new Validator(shapes, { factory }).validate({ dataset: new Store(quads.filter((q) => q.graph.termType === 'DefaultGraph')) });
  return { conforms: report.conforms as boolean, results: report.results.map((r: any) => ({ focus: r.focusNode?.value as string, message: r.message.map((m: any) => m.value).join(' ') })) };
}

const article = new Parser({ format: 'application/trig' }).parse(read('data/articles/trump-tomahawks.trig'));

describe('SHACL shapes', () => {
  it('the bundled article conforms', async () => {
    const report = await validate(article);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('reports a quotation without speaker, a hedge outside the list, a range without a number', async () => {
    const broken = new Parser().parse(`${prefixDeclarations('turtle')}
      <http://example.org/a> a schema:NewsArticle ; rdfs:label "A" .
      <http://example.org/ctx> a nif:Context ; nif:isString "He said hello." ; nif:sourceUrl <http://example.org/a> .
      <http://example.org/ctx#char=0,14> a nif:Phrase ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "14"^^xsd:nonNegativeInteger ;
        nif:anchorOf "He said hello." ; nif:referenceContext <http://example.org/ctx> .
      <http://example.org/step> a prov:Attribution ; cg:position "1"^^xsd:positiveInteger ; cg:document <http://example.org/a> .
      <http://example.org/q> a schema:Quotation ; schema:text "hello" ; schema:isPartOf <http://example.org/a> ;
        cg:evidence <http://example.org/ctx#char=0,14> ; cg:quotedPart <http://example.org/ctx#char=0,14> ;
        cg:hedge cg:NoHedge ; cg:sourcing cg:NamedOnRecord ; cg:channel cg:SpeechChannel ; prov:qualifiedAttribution <http://example.org/step> .
      <http://example.org/c> a schema:Claim ; rdfs:label "c" ; prov:wasAttributedTo <http://example.org/x> ; schema:isPartOf <http://example.org/a> ;
        cg:evidence <http://example.org/ctx#char=0,14> ; cg:hedge cg:Supposedly ; cg:sourcing cg:ArticleVoice ; cg:channel cg:NarrationChannel ;
        prov:qualifiedAttribution <http://example.org/step> .
      <http://example.org/w> a cg:WeaponSystem ; rdfs:label "W" ; cg:category cg:CruiseMissile ; cg:range [ a schema:QuantitativeValue ; schema:value "far" ; schema:unitText "km" ] .
    `);
    const report = await validate(broken);
    expect(report.conforms).toBe(false);
    const by = (focus: string) => report.results.filter((r: { focus: string; message: string }) => r.focus === focus).map((r: { message: string }) => r.message).join(' | ');
    expect(by('http://example.org/q')).toMatch(/exactly one source/);
    expect(by('http://example.org/c')).toMatch(/cg:hedge must be one concept of cg:HedgeScheme/);
    expect(report.results.some((r: { message: string }) => /numeric schema:value/.test(r.message))).toBe(true);
    expect(report.results).toHaveLength(3);
  });
});
