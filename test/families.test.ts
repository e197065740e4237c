// The named query families: one question, parameters for the article, entity or statement it
// is asked of. Each answer is checked against the texts of the bundled articles, and over a
// corpus with one more small article that cites an outlet and opposes a claim of another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimGraph, loadArticle, loadCorpus } from '../src/index.js';

const OPPOSING = [
  'article: { id: atacms-rebuttal, title: ATACMS reach disputed (invented), text: "Politico reported that the ATACMS cannot reach 300 kilometers.", textIsInline: true }',
  'entities:',
  '  politico: { type: NewsOutlet, label: Politico, names: [Politico] }',
  '  atacms: { type: WeaponSystem, label: ATACMS, category: ballistic-missile, names: [ATACMS] }',
  'claims:',
  '  - id: cannot-reach',
  '    label: The ATACMS cannot reach 300 km',
  '    evidence: the ATACMS cannot reach 300 kilometers',
  '    holder: politico',
  '    channel: press-report',
  '    polarity: { value: negated, cue: cannot }',
  '    opposes: [trump-tomahawks/claim/atacms-range]',
  '    content: "id:atacms cg:range [ a schema:QuantitativeValue ; schema:value 300.0 ; schema:unitText \\"km\\" ; schema:unitCode \\"KMT\\" ] ; cg:negated true ."',
].join('\n');

let article: ClaimGraph;
let corpus: ClaimGraph;
beforeAll(async () => {
  [article, corpus] = await Promise.all([loadArticle(), loadCorpus()]);
});
afterAll(async () => {
  await Promise.all([article.close(), corpus.close()]);
});

const ask = (kg: ClaimGraph, name: string, bindings: Record<string, string> = {}) => kg.select(kg.namedQuery(name), { bindings });
const ID = 'https://w3id.org/claimgraph/id/';
const TRUMP = 'https://w3id.org/claimgraph/article/trump-tomahawks';

describe('query families over one article of a corpus', () => {
  it('quotations-by-speaker: the article parameter takes a slug or an IRI, and answers as cq-4', async () => {
    const bySlug = await ask(corpus, 'quotations-by-speaker', { article: 'trump-tomahawks' });
    expect(bySlug.map((r) => `${r.label}: ${r.quotations}`)).toEqual([
      'Donald Trump: 3',
      'David Ignatius: 2',
      'a Duma spokesperson: 1',
      'a former administration official: 1',
    ]);
    expect(await ask(corpus, 'quotations-by-speaker', { article: TRUMP })).toEqual(bySlug);
    // a bound parameter reaches both engines: as text for Oxigraph (BOUND(?article) becomes true), as a binding for Comunica
    expect([...(await corpus.select(corpus.namedQuery('quotations-by-speaker'), { bindings: { article: 'trump-tomahawks' }, engine: 'comunica' }))]).toEqual([
      ...bySlug,
    ]);
    expect([...(await article.select(article.namedQuery('cq-4')))]).toEqual([...bySlug]);
    // unbound: every article of the corpus
    expect((await ask(corpus, 'quotations-by-speaker')).length).toBeGreaterThan(bySlug.length);
  });

  it('statements-by-sourcing and hedged-statements agree with the typed helpers', async () => {
    const anonymous = await ask(corpus, 'statements-by-sourcing', { article: 'trump-tomahawks', sourcing: 'anonymous' });
    expect(anonymous.map((r) => r.statement).sort()).toEqual(
      article
        .statements({ sourcing: 'anonymous' })
        .map((s) => s.iri)
        .sort(),
    );
    const hedges = (await ask(corpus, 'hedged-statements', { article: 'trump-tomahawks' })).map((r) => r.hedge).sort();
    expect(hedges).toEqual(['claimed', 'notes', 'reportedly', 'reportedly', 'suggested']);
    // "allegedly added" in the invented article
    const alleged = await ask(corpus, 'hedged-statements', { article: 'envoys-tomahawk-question', hedge: 'allegedly' });
    expect(alleged.map((r) => r.verb)).toEqual(['allegedly added']);
  });

  it('report-chain: "The article noted that the inner circle warned…" runs through Politico, an inferred step', async () => {
    const chain = await ask(corpus, 'report-chain', { statement: `${TRUMP}/claim/inner-circle-warning` });
    expect(chain.map((r) => r.position)).toEqual([1, 2, 3]);
    expect([chain[1]!.outletLabel, chain[2]!.agentLabel]).toEqual(['Politico', 'Trump’s inner circle']);
    expect(chain[1]!.inference).toMatch(/The article/);
  });

  it('statements-about: what is said of ATACMS, in each article', async () => {
    const rows = await ask(corpus, 'statements-about', { entity: `${ID}atacms` });
    const ids = rows.map((r) => String(r.statement).replace(/^.*\/article\//, ''));
    expect(ids).toEqual(
      expect.arrayContaining([
        'trump-tomahawks/claim/atacms-range',
        'trump-tomahawks/claim/analysts-shift-balance',
        'envoys-tomahawk-question/claim/atacms-range',
      ]),
    );
    expect((await ask(corpus, 'statements-about', { entity: `${ID}atacms`, article: 'envoys-tomahawk-question' })).length).toBe(1);
  });

  it('dated-events: the January 2025 meeting is a date a statement reports, not one the article asserts', async () => {
    const rows = await ask(corpus, 'dated-events', { article: 'trump-tomahawks' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.date).toBe('2025-01');
    expect(rows[0]!.reportedBy).toMatch(/^Trump told aides in a closed-door meeting/);
  });

  it('denials-and-corrections: the negations with their printed cues', async () => {
    const rows = await ask(corpus, 'denials-and-corrections');
    expect(rows.map((r) => `${r.relation} "${r.cue}": ${r.label}`)).toEqual(
      expect.arrayContaining([
        'negated "No": No decision on the Tomahawks has been announced',
        'negated "will not": Putin will not return to the negotiating table unless Ukraine is disarmed and the U.S. withdraws its support',
      ]),
    );
    // the invented articles on other stories: denials, a correction and a retraction; all but Kessel's
    // denial (of the Halvorsen article's account, two days later) target a statement of their own article
    const links = rows.filter((r) => r.relation !== 'negated');
    expect(links.map((r) => `${r.relation}: ${r.label} → ${r.targetLabel}`).sort()).toEqual([
      'corrects: The recall covers about 21,000 kettles → 12,000 kettles had been recalled',
      'denies: A Kessel thermostat did not cause the overheating in Halvorsen’s kettles → Halvorsen’s tests traced the fault to a thermostat made by Kessel Components',
      'denies: Fairbanks did not order any hiring freeze → The mayor ordered a hiring freeze at the libraries in January 2025',
      'denies: The letter made no admission about how the sample was stored → Odenkirk said the federation had admitted in a letter how the sample was stored',
      'retracts: The Sentinel retracted its report, saying no ban had been decided → Marlow had been banned for four years',
    ]);
    const across = links.filter((r) => String(r.targetArticle) !== String(r.statement).replace(/\/(claim|quote)\/.*$/, ''));
    expect(across.map((r) => `${r.statement} → ${r.targetArticle}`)).toEqual([
      'https://w3id.org/claimgraph/article/kessel-denies-fault/claim/thermostat-not-cause → https://w3id.org/claimgraph/article/halvorsen-kettle-recall',
    ]);
  });

  it('who-relays-whom: outlets and spokespeople in the middle of chains', async () => {
    const rows = (await ask(corpus, 'who-relays-whom')).map((r) => `${r.relayLabel} → ${r.sourceLabel}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        'Politico → a former administration official',
        'a Duma spokesperson → Vladimir Putin',
        'The Meridian Review (invented outlet) → two people present at the Brussels briefing',
        // an outlet citing an outlet citing an unnamed source
        'The Coastline Herald (invented outlet) → Appliance Watch (invented trade newsletter)',
        'Appliance Watch (invented trade newsletter) → a person familiar with Halvorsen’s investigation',
      ]),
    );
    expect(await ask(corpus, 'who-relays-whom', { article: 'envoys-tomahawk-question' })).not.toContainEqual(
      expect.objectContaining({ relayLabel: 'Politico' }),
    );
  });
});

describe('query families across articles', () => {
  it('same-claim-across-articles: the claims two articles both make, one row each, however the link is written', async () => {
    const rows = await ask(corpus, 'same-claim-across-articles');
    expect(rows.map((r) => `${r.label} (${String(r.otherArticle).split('/').pop()})`).sort()).toEqual([
      // the Kessel follow-up repeats the recall's size, with the later article's record linking to the earlier
      'Halvorsen’s recall covers about 21,000 kettles (halvorsen-kettle-recall)',
      'The Tomahawks were left off the latest list of U.S. military aid (trump-tomahawks)',
      'Ukraine’s ATACMS can strike targets up to 300 km away (trump-tomahawks)',
    ]);
  });

  it('opposing-claims and sources-cited-by-several, with an article that disputes the ATACMS figure citing Politico', async () => {
    // Among the bundled articles, the Kessel follow-up answers the Halvorsen recall story: Kessel denies
    // the company's account of the thermostat, a Halvorsen spokesman stands by it, and the board gives
    // a figure for the complaints its spokeswoman had only said it received.
    const line = (r: Record<string, unknown>) => `${r.label} ${r.relation} ${r.targetLabel}`;
    const bundled = (await ask(corpus, 'opposing-claims')).map(line);
    expect(bundled).toEqual([
      'A Kessel thermostat did not cause the overheating in Halvorsen’s kettles denies Halvorsen’s tests traced the fault to a thermostat made by Kessel Components',
      'Halvorsen stands by its finding that a Kessel thermostat caused the fault supports Halvorsen’s tests traced the fault to a thermostat made by Kessel Components',
      'The Consumer Safety Board has received 40 complaints about the kettles supports The Consumer Safety Board has received complaints about the kettles',
    ]);
    // The company and its supplier speak in both articles.
    expect((await ask(corpus, 'sources-cited-by-several')).map((r) => `${r.label}: ${r.articles}`)).toEqual([
      'Halvorsen Appliances (invented): 2',
      'Kessel Components (invented): 2',
    ]);
    const more = await loadCorpus();
    await more.loadString(OPPOSING, { format: 'annotation', source: 'atacms-rebuttal.yaml' });
    const opposed = (await ask(more, 'opposing-claims')).map(line);
    expect(opposed.filter((r) => !bundled.includes(r))).toEqual(['The ATACMS cannot reach 300 km opposes ATACMS can reach 300 kilometers']);
    const cited = await ask(more, 'sources-cited-by-several');
    expect(cited.map((r) => `${r.label}: ${r.articles}`)).toEqual(['Halvorsen Appliances (invented): 2', 'Kessel Components (invented): 2', 'Politico: 2']);
    await more.close();
  });
});
