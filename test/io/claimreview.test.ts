// Editorial verdicts as the ClaimReview JSON-LD fact-checkers publish.
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import { loadCorpus } from '../../src/corpus.js';
import { PREFIXES } from '../../src/vocab.js';
import { ClaimGraph } from '../../src/graph.js';
import { SCHEMA_CONTEXT, SCHEMA_CONTEXT_DOCUMENT } from '../../src/io/claimreview.js';
import { CURATOR, haldenAnnotation } from './fixture.js';

const { namedNode } = DataFactory;
const ARTICLE = 'https://w3id.org/claimgraph/article/halden-bridge';

describe('claimreview export', () => {
  let kg: ClaimGraph;
  let reviews: any[];

  beforeAll(async () => {
    kg = new ClaimGraph();
    await kg.loadString(haldenAnnotation(CURATOR), { format: 'annotation', source: 'halden.yaml' });
    reviews = JSON.parse(await kg.serialize({ format: 'claimreview' }));
  });

  it('writes one ClaimReview per reviewed statement, notes without a verdict left out', () => {
    expect(Array.isArray(reviews)).toBe(true);
    expect(reviews).toHaveLength(3);
    expect(reviews.every((r) => r['@context'] === SCHEMA_CONTEXT && r['@type'] === 'ClaimReview')).toBe(true);
    expect(reviews.map((r) => r.itemReviewed['@id']).sort()).toEqual([
      `${ARTICLE}/claim/bridge-opened`,
      `${ARTICLE}/claim/bridge-traffic`,
      `${ARTICLE}/claim/council-disputes`,
    ]);
  });

  it('has the fields fact-checkers publish: claimReviewed, itemReviewed, reviewRating, author, datePublished, url', () => {
    const review = reviews.find((r) => r.itemReviewed['@id'] === `${ARTICLE}/claim/bridge-traffic`);
    expect(review).toMatchObject({
      '@id': `${ARTICLE}/note/traffic-check`,
      url: `${ARTICLE}/note/traffic-check`,
      claimReviewed: 'The Halden bridge carries 40,000 cars a day',
      datePublished: '2026-12-02',
      reviewBody: 'Counts published by the road authority give about 22,000 cars a day.',
      author: { '@type': 'Person', name: 'Halden fact desk' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Ada Lind', sameAs: 'http://www.wikidata.org/entity/Q4115189' },
        datePublished: '2026-11-30',
        appearance: {
          '@type': 'NewsArticle',
          url: 'https://news.example.org/halden-bridge',
          datePublished: '2026-11-30',
          publisher: { '@type': 'NewsMediaOrganization', name: 'The Halden Gazette' },
        },
        firstAppearance: { '@id': ARTICLE, url: 'https://news.example.org/halden-bridge' },
      },
    });
  });

  it("gives a claim in the article's own voice to its publisher, and splits a review of two statements", () => {
    const split = reviews.filter((r) => r.url === `${ARTICLE}/note/opening-check`);
    expect(split).toHaveLength(2);
    // Two objects cannot share the review's @id; each keeps its url.
    expect(split.every((r) => r['@id'] === undefined)).toBe(true);
    expect(
      split.every(
        (r) =>
          r.reviewRating.ratingValue === 5 && r.reviewRating.bestRating === 5 && r.reviewRating.worstRating === 1 && r.reviewRating.alternateName === 'True',
      ),
    ).toBe(true);
    const voice = split.find((r) => r.itemReviewed['@id'] === `${ARTICLE}/claim/bridge-opened`);
    expect(voice.itemReviewed.author).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'The Halden Gazette' });
    const council = split.find((r) => r.itemReviewed['@id'] === `${ARTICLE}/claim/council-disputes`);
    expect(council.itemReviewed.author).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Halden city council' });
  });

  it('reads as schema.org JSON-LD', async () => {
    const documentLoader = async (url: string) => {
      if (url.replace(/\/$/, '') !== SCHEMA_CONTEXT) throw new Error(`unexpected remote document ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT_DOCUMENT };
    };
    const nquads = (await jsonld.toRDF(reviews as never, { format: 'application/n-quads', documentLoader } as never)) as unknown as string;
    const quads = new Parser({ format: 'application/n-quads' }).parse(nquads);
    const typed = (t: string) =>
      quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === `http://schema.org/${t}`).map((q) => q.subject.value);
    expect(typed('ClaimReview')).toContain(`${ARTICLE}/note/traffic-check`);
    expect(typed('Claim')).toHaveLength(3);
    expect(typed('Rating').length).toBeGreaterThanOrEqual(2);
    expect(quads.some((q) => q.predicate.value === 'http://schema.org/ratingValue' && q.object.value === '2')).toBe(true);
  });

  it('names a program reviewer as software with its version', async () => {
    const byProgram = new ClaimGraph();
    await byProgram.loadString(haldenAnnotation(), { format: 'annotation', source: 'halden.yaml' });
    const [first] = JSON.parse(await byProgram.serialize({ format: 'claim-review' }));
    expect(first.author).toMatchObject({ '@type': 'SoftwareApplication', name: 'claim extractor', softwareVersion: '0.4.1' });
  });

  it('covers every verdict of the corpus, one object per reviewed statement', async () => {
    const corpus = await loadCorpus();
    const pairs = corpus.store.getQuads(null, namedNode(`${PREFIXES.schema}itemReviewed`), null, null).map((q) => `${q.subject.value} ${q.object.value}`);
    const out = JSON.parse(await corpus.serialize({ format: 'claimreview' })) as any[];
    expect(out.map((r) => `${r.url} ${r.itemReviewed['@id']}`).sort()).toEqual([...new Set(pairs)].sort());
    for (const r of out)
      expect(
        typeof r.claimReviewed === 'string' && typeof r.reviewRating.ratingValue === 'number' && typeof r.itemReviewed.author?.name === 'string',
        r.url,
      ).toBe(true);
  });

  it('writes an empty list for an article without verdicts', async () => {
    const bundled = await loadArticle();
    expect(JSON.parse(await bundled.serialize({ format: 'claimreview' }))).toEqual([]);
  });
});
