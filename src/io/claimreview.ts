/**
 * Editorial verdicts → ClaimReview JSON-LD, as fact-checkers publish it (schema.org ClaimReview,
 * the shape search engines read): one object per reviewed statement, with the claim reviewed in
 * words, the Claim with its author and where it appeared, the rating, who reviewed it and when.
 *
 * The verdicts are the schema:ClaimReview nodes the compiler writes into each article's editorial
 * graph (`notes` with a `verdict`); the rest comes from the statement records and the fact layer.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { PREFIXES, cg, dcterms, prov, rdf, rdfs, schema } from '../vocab.js';

const { defaultGraph } = DataFactory;

export const SCHEMA_CONTEXT = 'https://schema.org';

type Json = Record<string, unknown>;

/** schema.org types an author can have, most specific first. */
const AGENT_TYPES = ['GovernmentOrganization', 'NewsMediaOrganization', 'Corporation', 'Organization', 'Person'];

function claimReviews(quads: Iterable<Quad>): Json[] {
  const store = new Store([...quads]);
  const dg = defaultGraph();
  // A value from any graph: verdicts sit in editorial graphs, records and entities in the default one.
  const objects = (s: Term, p: Term, graph: Term | null = null) => [
    ...new Map(store.getObjects(s, p, graph).map((o) => [`${o.termType}:${o.value}`, o])).values(),
  ];
  const one = (s: Term, p: Term, graph: Term | null = null) => objects(s, p, graph)[0];
  const text = (t: Term | undefined) => (t?.termType === 'Literal' ? t.value : undefined);
  const number = (t: Term | undefined) =>
    t?.termType === 'Literal' && t.value.trim() !== '' && Number.isFinite(Number(t.value)) ? Number(t.value) : undefined;
  const types = (s: Term) => objects(s, rdf.type).map((t) => t.value);
  const compactList = (xs: unknown[]) => (xs.length === 1 ? xs[0] : xs.length ? xs : undefined);
  const clean = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

  const agent = (a: Term): Json => {
    const t = types(a);
    const schemaType = AGENT_TYPES.find((x) => t.includes(schema.iri(x).value));
    const software = t.includes(prov.SoftwareAgent.value);
    const sameAs = objects(a, schema.sameAs).map((x) => x.value);
    return clean({
      '@type': schemaType ?? (software ? 'SoftwareApplication' : t.includes(prov.Person.value) ? 'Person' : 'Organization'),
      '@id': a.termType === 'NamedNode' ? a.value : undefined,
      name: text(one(a, rdfs.label)) ?? text(one(a, schema.name)),
      sameAs: compactList(sameAs),
      softwareVersion: text(one(a, schema.softwareVersion)),
    });
  };

  const articles = new Map<string, Json>();
  const article = (a: Term): Json => {
    let out = articles.get(a.value);
    if (!out) {
      const author = one(a, schema.author);
      const publisher = one(a, schema.publisher);
      out = clean({
        '@type': 'NewsArticle',
        '@id': a.value,
        url: text(one(a, schema.url)),
        headline: text(one(a, schema.headline)),
        name: text(one(a, rdfs.label)),
        datePublished: text(one(a, schema.datePublished)),
        inLanguage: text(one(a, schema.inLanguage)),
        author: author && agent(author),
        publisher: publisher && agent(publisher),
      });
      articles.set(a.value, out);
    }
    return out;
  };

  // The article's own voice is its author's, or its publisher's when no author is named.
  const author = (holder: Term, record: Term): Json => {
    if (holder.value.endsWith('/voice')) {
      const a = one(record, schema.isPartOf, dg);
      const by = a && (one(a, schema.author) ?? one(a, schema.publisher));
      if (by) return agent(by);
    }
    return agent(holder);
  };

  const out: Json[] = [];
  const reviews = store.getSubjects(rdf.type, schema.ClaimReview, null).sort((a, b) => (a.value < b.value ? -1 : 1));
  for (const review of reviews) {
    const items = objects(review, schema.itemReviewed).sort((a, b) => (a.value < b.value ? -1 : 1));
    const ratingNode = one(review, schema.reviewRating);
    const rating =
      ratingNode &&
      clean({
        '@type': 'Rating',
        ratingValue: number(one(ratingNode, schema.ratingValue)),
        bestRating: number(one(ratingNode, schema.bestRating)),
        worstRating: number(one(ratingNode, schema.worstRating)),
        alternateName: text(one(ratingNode, schema.alternateName)),
      });
    const reviewer = one(review, schema.author) ?? one(review, dcterms.creator);
    for (const item of items) {
      const holder = one(item, cg.holder, dg) ?? one(item, prov.wasAttributedTo, dg);
      const appearances = objects(item, schema.appearance, dg).map(article);
      const first = one(item, schema.firstAppearance, dg);
      const firstArticle = first && article(first);
      out.push(
        clean({
          '@context': SCHEMA_CONTEXT,
          '@type': 'ClaimReview',
          // One review of several statements becomes one ClaimReview each, which cannot share an @id.
          '@id': items.length === 1 ? review.value : undefined,
          url: review.value,
          claimReviewed: text(one(item, rdfs.label, dg)) ?? text(one(item, schema.text, dg)),
          itemReviewed: clean({
            '@type': 'Claim',
            '@id': item.value,
            text: text(one(item, schema.text, dg)),
            author: holder && author(holder, item),
            datePublished: firstArticle?.datePublished as string | undefined,
            appearance: compactList(appearances),
            firstAppearance: firstArticle,
          }),
          author: reviewer && agent(reviewer),
          datePublished: text(one(review, dcterms.created)),
          reviewBody: text(one(review, schema.reviewBody)),
          reviewRating: rating,
        }),
      );
    }
  }
  return out;
}

/** The reviews as a JSON array, one ClaimReview per reviewed statement. */
export function serializeClaimReviews(quads: Iterable<Quad>): string {
  return `${JSON.stringify(claimReviews(quads), null, 2)}\n`;
}

/** For reading the export back offline: the part of the schema.org context ClaimReview uses. */
export const SCHEMA_CONTEXT_DOCUMENT = { '@context': { '@vocab': PREFIXES.schema } };
