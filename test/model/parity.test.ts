// Every typed helper against its SPARQL counterpart: the same answer on the bundled article.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRange, loadArticle, loadCorpus, type ClaimGraph } from '../../src/index.js';

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

const sorted = (xs: unknown[]) => xs.map(String).sort();
const col = async (query: string, name: string, bindings = {}) => sorted((await kg.select(query, { bindings })).map((r) => r[name]));

describe('helpers and SPARQL agree', () => {
  it('entities by kind', async () => {
    const kinds: [string, string][] = [
      ['person', 'schema:Person'],
      ['place', 'schema:Place'],
      ['weapon', 'cg:WeaponSystem'],
      ['event', 'schema:Event'],
      ['unnamed-source', 'cg:UnnamedSource'],
    ];
    for (const [kind, cls] of kinds) {
      const viaSparql = await col(`SELECT ?e WHERE { ?e a ${cls} }`, 'e');
      expect(sorted(kg.entities({ type: kind }).map((e) => e.iri)), kind).toEqual(viaSparql);
    }
  });

  it('entity: labels, names, Wikidata ids, descriptions', async () => {
    for (const id of ['donald-trump', 'vladimir-putin', 'state-duma', 'tomahawk']) {
      const e = kg.entity(id);
      const [row] = await kg.select(
        `SELECT ?label (GROUP_CONCAT(DISTINCT ?name; separator="|") AS ?names) (SAMPLE(?wd) AS ?wikidata) (COUNT(DISTINCT ?m) AS ?mentions)
         WHERE { ?e rdfs:label ?label . OPTIONAL { ?e schema:alternateName ?name } OPTIONAL { ?e schema:sameAs ?wd } OPTIONAL { ?m itsrdf:taIdentRef ?e } } GROUP BY ?label`,
        { bindings: { e: e.iri } },
      );
      expect(e.label).toBe(row!.label);
      expect(sorted(e.names)).toEqual(row!.names ? sorted(String(row!.names).split('|')) : []);
      expect(e.wikidata ? `http://www.wikidata.org/entity/${e.wikidata}` : undefined).toBe(row!.wikidata);
      expect(e.mentions).toBe(row!.mentions);
      expect(sorted(e.descriptions)).toEqual(await col('SELECT ?d WHERE { ?s cg:describes ?e ; nif:anchorOf ?d }', 'd', { e: e.iri }));
    }
  });

  it('claims and quotations by speaker, hedge, sourcing and subject', async () => {
    const speakers = ['donald-trump', 'david-ignatius', 'some-analysts', 'politico'];
    for (const speaker of speakers) {
      const iri = kg.entity(speaker).iri;
      expect(sorted(kg.claims({ speaker }).map((c) => c.iri)), speaker).toEqual(
        await col('SELECT ?c WHERE { ?c a schema:Claim ; cg:holder ?s }', 'c', { s: iri }),
      );
      expect(sorted(kg.quotations({ speaker }).map((c) => c.iri)), speaker).toEqual(
        await col('SELECT ?c WHERE { ?c a schema:Quotation ; cg:holder ?s }', 'c', { s: iri }),
      );
    }
    for (const hedge of ['reportedly', 'suggested', 'claimed', 'notes']) {
      expect(sorted(kg.statements({ hedge }).map((c) => c.iri)), hedge).toEqual(
        await col('SELECT ?c WHERE { ?c cg:hedge/skos:notation ?h }', 'c', { h: hedge }),
      );
    }
    for (const sourcing of ['named-on-record', 'anonymous', 'second-hand', 'article-voice']) {
      expect(sorted(kg.statements({ sourcing }).map((c) => c.iri)), sourcing).toEqual(
        await col('SELECT ?c WHERE { ?c cg:sourcing/skos:notation ?s }', 'c', { s: sourcing }),
      );
    }
    const about = kg.entity('tomahawk').iri;
    expect(sorted(kg.statements({ about: 'tomahawk' }).map((c) => c.iri))).toEqual(
      await col('SELECT DISTINCT ?c WHERE { { ?c schema:about ?x } UNION { ?c cg:content ?g GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x } } } }', 'c', {
        x: about,
      }),
    );
  });

  it('quotation texts and evidence offsets', async () => {
    const rows = await kg.select(
      'SELECT ?q ?text ?b ?e WHERE { ?q a schema:Quotation ; schema:text ?text ; cg:evidence ?s . ?s nif:beginIndex ?b ; nif:endIndex ?e } ORDER BY ?b',
    );
    expect(kg.quotations().map((q) => [q.iri, q.text, q.evidence.begin, q.evidence.end])).toEqual(rows.map((r) => [r.q, r.text, r.b, r.e]));
  });

  it('weapons: category, range, targets, uses', async () => {
    for (const w of kg.weapons()) {
      const [cat] = await kg.select('SELECT ?n WHERE { ?w cg:category/skos:notation ?n }', { bindings: { w: w.iri } });
      expect(w.category).toBe(cat!.n);
      expect(sorted(w.targets.map((t) => t.iri))).toEqual(
        await col('SELECT DISTINCT ?t WHERE { ?c cg:content ?g GRAPH ?g { ?w cg:canStrike ?t } }', 't', { w: w.iri }),
      );
      expect(sorted(w.usedIn.map((t) => t.iri))).toEqual(
        await col('SELECT DISTINCT ?t WHERE { ?c cg:content ?g GRAPH ?g { ?w cg:usedIn ?t } }', 't', { w: w.iri }),
      );
      const range = await kg.select('SELECT ?v ?u WHERE { ?c cg:content ?g GRAPH ?g { ?w cg:range ?r . ?r schema:value ?v ; schema:unitText ?u } }', {
        bindings: { w: w.iri },
      });
      expect(w.range ? [w.range.value, w.range.unit] : undefined).toEqual(range[0] ? [range[0].v, range[0].u] : undefined);
    }
    // "up to 300 km" in the invented article is a maximum, not an exact figure; "about 1,600 km" is approximate
    const corpus = await loadCorpus();
    const envoys = { article: 'envoys-tomahawk-question' };
    const atacms = corpus.weapons(envoys).find((w) => w.id === 'atacms')!.range!;
    expect([atacms.value, atacms.max, atacms.approximate]).toEqual([undefined, 300, false]);
    expect(formatRange(atacms)).toBe('up to 300 km');
    const tomahawk = corpus.weapons(envoys).find((w) => w.id === 'tomahawk')!.range!;
    expect(formatRange(tomahawk)).toBe('about 1600 km');
  });

  it('attribution chains, nearest first', async () => {
    for (const s of kg.statements()) {
      const rows = await kg.select(
        'SELECT ?p ?agent ?doc WHERE { ?s cg:reportStep ?step . ?step cg:position ?p OPTIONAL { ?step prov:agent ?agent } OPTIONAL { ?step cg:document ?doc } } ORDER BY ?p',
        {
          bindings: { s: s.iri },
        },
      );
      expect(
        kg.attribution(s.id).map((a) => [a.position, a.agent?.iri, a.document?.iri]),
        s.id,
      ).toEqual(rows.map((r) => [r.p, r.agent, r.doc]));
    }
  });

  it('sources and outlets', async () => {
    const agents = await col(
      'SELECT DISTINCT ?x WHERE { ?s cg:reportStep ?step . { ?step prov:agent ?x } UNION { ?step cg:document ?x } UNION { ?step cg:document/schema:publisher ?x } FILTER NOT EXISTS { ?x nif:isString ?t } FILTER NOT EXISTS { ?ctx nif:sourceUrl ?x } FILTER NOT EXISTS { ?x a prov:Agent FILTER(STRENDS(STR(?x), "/voice")) } }',
      'x',
    );
    expect(sorted(kg.sources().map((s) => s.iri))).toEqual(agents);
  });

  it('evidence of an entity: every mention', async () => {
    const putin = kg.entity('Putin');
    const rows = await kg.select('SELECT ?b ?t WHERE { ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?b ; nif:anchorOf ?t } ORDER BY ?b', {
      bindings: { e: putin.iri },
    });
    expect(kg.evidence('Putin').map((e) => [e.begin, e.text])).toEqual(rows.map((r) => [r.b, r.t]));
  });

  it('places, dated events, descriptions, notes', async () => {
    expect(sorted(kg.places().map((p) => p.label))).toEqual(await col('SELECT ?l WHERE { ?p a schema:Place ; rdfs:label ?l }', 'l'));
    // a date only a statement reports lives in that statement's content, presupposed by it
    expect(
      sorted(
        kg
          .events()
          .filter((e) => e.date)
          .map((e) => e.date!.value),
      ),
    ).toEqual(
      await col('SELECT ?d WHERE { ?e a schema:Event . { ?e schema:startDate ?d } UNION { ?c cg:content ?g GRAPH ?g { ?e schema:startDate ?d } } }', 'd'),
    );
    expect(kg.descriptions().map((d) => d.text)).toEqual(
      (await kg.select('SELECT ?t WHERE { ?s cg:describes ?e ; nif:anchorOf ?t ; nif:beginIndex ?b } ORDER BY ?b')).map((r) => r.t),
    );
    expect(sorted(kg.notes().map((n) => n.iri))).toEqual(await col('SELECT ?n WHERE { GRAPH ?g { ?n a cg:EditorialNote } }', 'n'));
  });
});
