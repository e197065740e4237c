// The competency questions of the invented articles (data/articles/<slug>.questions.md), each
// answered through the named query families and the typed helpers and checked against the text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimGraph, loadCorpus } from '../src/index.js';
import { packagePath } from '../src/paths.js';

const ART = 'https://w3id.org/claimgraph/article/';
const ID = 'https://w3id.org/claimgraph/id/';
const RIVERTON = 'riverton-library-cuts';
const KETTLES = 'halvorsen-kettle-recall';
const MARLOW = 'marlow-doping-case';
const KESSEL = 'kessel-denies-fault';

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadCorpus();
});
afterAll(async () => {
  await kg.close();
});

const ask = (name: string, bindings: Record<string, string> = {}) => kg.select(kg.namedQuery(name), { bindings });
const st = (slug: string, id: string) => kg.statements({ article: slug }).find((s) => s.id === `${slug}/${id}`)!;
const ids = (refs: { id: string }[]) => refs.map((r) => r.id).sort();
/** The numbers a statement's content gives. */
const values = (slug: string, id: string) =>
  st(slug, id)
    .content.filter((t) => t.predicate === 'schema:value')
    .map((t) => Number((t.object as { value: number }).value));
const chain = async (slug: string, kind: 'claim' | 'quote', id: string) =>
  (await ask('report-chain', { statement: `${ART}${slug}/${kind}/${id}` })).map((r) => [r.position, r.agentLabel ?? r.outletLabel ?? null]);

describe('every invented article has its questions, labelled invented and fictitious', () => {
  it.each([RIVERTON, KETTLES, MARLOW, KESSEL])('%s', (slug) => {
    const questions = readFileSync(packagePath('data', 'articles', `${slug}.questions.md`), 'utf8');
    const count = (questions.match(/^\d+\. \*\*/gm) ?? []).length;
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(8);
    const article = kg.articles().find((a) => a.id === slug)!;
    expect(article.description).toMatch(/^An invented .* fictitious; it reports nothing that happened\.$/s);
    expect(article.counts.sentences).toBeGreaterThanOrEqual(8);
    expect(article.counts.sentences).toBeLessThanOrEqual(15);
  });
});

describe(`${RIVERTON}: a budget dispute with a dateline`, () => {
  it('1. who is quoted: Pask twice in partial quotations, and a speaker known only as “she”', async () => {
    const rows = await ask('quotations-by-speaker', { article: RIVERTON });
    expect(rows.map((r) => `${r.label}: ${r.quotations}`)).toEqual([
      'Oren Pask (invented council member): 2',
      'a resident who spoke at the hearing, known only as “she”: 1',
    ]);
    const pask = kg.quotations({ article: RIVERTON, speaker: 'oren-pask' });
    expect(pask.map((q) => q.text).sort()).toEqual(['a number built to sell the cuts.', 'closer to $6 million']);
    // both inside one sentence that goes on around them
    const sentence = pask[0]!.evidence.sentences[0]!;
    expect(pask.every((q) => q.evidence.sentences[0]!.begin === sentence.begin)).toBe(true);
    expect(sentence.text.startsWith('Oren Pask, who chairs')).toBe(true);
    const she = st(RIVERTON, 'nobody-asked');
    expect(she.holder.id).toBe('hearing-resident');
    expect(kg.evidence('hearing-resident').map((e) => e.text)).toEqual(['she']);
  });

  it('2. the disputed shortfall: $4.2 million against closer to $6 million, opposed', async () => {
    const rows = await ask('statements-about', { entity: `${ID}city-budget`, article: RIVERTON });
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.holderLabel]));
    expect(byLabel).toMatchObject({
      'The city faces a shortfall of $4.2 million in the coming fiscal year': 'Delia Fairbanks (invented mayor)',
      'The gap is closer to $6 million': 'Oren Pask (invented council member)',
    });
    expect(values(RIVERTON, 'shortfall-4-2')).toEqual([4200000]);
    expect(values(RIVERTON, 'gap-closer-to-6')).toEqual([6000000]);
    expect(ids(st(RIVERTON, 'shortfall-4-2').opposes)).toEqual([`${RIVERTON}/gap-closer-to-6`]);
    expect(ids(st(RIVERTON, 'built-to-sell').supports)).toEqual([`${RIVERTON}/gap-closer-to-6`]);
  });

  it('3. the one statement on an unnamed source is the resident’s', async () => {
    const rows = await ask('statements-by-sourcing', { article: RIVERTON, sourcing: 'anonymous' });
    expect(rows.map((r) => r.label)).toEqual(['Nobody asked the people who actually use the Elm Street branch']);
  });

  it('4. the mayor denies the Ledger’s report of a hiring freeze', async () => {
    const rows = await ask('denials-and-corrections', { article: RIVERTON });
    expect(rows.map((r) => `${r.relation}${r.cue ? ` "${r.cue}"` : ''}: ${r.label}${r.targetLabel ? ` → ${r.targetLabel}` : ''}`)).toEqual([
      'denies: Fairbanks did not order any hiring freeze → The mayor ordered a hiring freeze at the libraries in January 2025',
      'negated "denied": Fairbanks did not order any hiring freeze',
      'negated "No": No second hearing on the budget has been scheduled',
    ]);
    expect(st(RIVERTON, 'freeze-ordered').holder.id).toBe('riverton-ledger');
  });

  it('5. dated events, each a date a statement gives; “last Tuesday” is 25 February 2025 from the dateline', async () => {
    const rows = await ask('dated-events', { article: RIVERTON });
    expect(rows.map((r) => `${r.date} ${r.label}`)).toEqual([
      '2025-01 an order of a hiring freeze at Riverton’s libraries',
      '2025-02-25 the public hearing on the library closures',
      '2025-03 the council’s vote on the budget',
    ]);
    expect(rows.every((r) => r.reportedBy !== 'the article')).toBe(true);
    const hearing = st(RIVERTON, 'residents-filled');
    expect(hearing.factuality.timeCue).toBe('last Tuesday');
    expect(kg.notes({ article: RIVERTON }).find((n) => n.id.endsWith('dateline'))!.text).toMatch(/“last Tuesday” is 25 February 2025/);
    expect(kg.evidence('riverton').map((e) => e.text)).toContain('RIVERTON');
  });

  it('6. the account of the hearing comes through the Riverton Ledger’s report', async () => {
    expect(await chain(RIVERTON, 'claim', 'residents-filled')).toEqual([
      [1, 'The Valley Courier (invented outlet)'],
      [2, 'The Riverton Ledger (invented outlet)'],
    ]);
  });

  it('7. nothing is hedged', async () => {
    expect(await ask('hedged-statements', { article: RIVERTON })).toHaveLength(0);
  });
});

describe(`${KETTLES}: a recall, an outlet citing an outlet citing an unnamed source`, () => {
  it('1. the figure of 14 comes through the Herald and Appliance Watch from an unnamed person', async () => {
    expect(await chain(KETTLES, 'claim', 'fourteen-burns')).toEqual([
      [1, 'The Fjordside Post (invented outlet)'],
      [2, 'The Coastline Herald (invented outlet)'],
      [3, 'Appliance Watch (invented trade newsletter)'],
      [4, 'a person familiar with Halvorsen’s investigation'],
    ]);
    expect(st(KETTLES, 'fourteen-burns').sourcing).toBe('anonymous');
  });

  it('2. 14 burn injuries against three minor burns', async () => {
    const rows = await ask('statements-about', { entity: `${ID}burn-injuries` });
    expect(rows.map((r) => `${r.label} (${r.holderLabel})`).sort()).toEqual([
      'Halvorsen knew of three minor burns (Margit Solberg (invented chief executive))',
      'There have been 14 burn injuries (a person familiar with Halvorsen’s investigation)',
    ]);
    expect(values(KETTLES, 'fourteen-burns')).toEqual([14]);
    expect(values(KETTLES, 'three-burns')).toEqual([3]);
    expect(ids(st(KETTLES, 'three-burns').opposes)).toEqual([`${KETTLES}/fourteen-burns`]);
  });

  it('3. a quotation inside a quotation: the engineers’ words within Solberg’s', async () => {
    const rows = await ask('quotations-by-speaker', { article: KETTLES });
    expect(rows.map((r) => `${r.label}: ${r.quotations}`)).toEqual(['Halvorsen’s engineers: 1', 'Margit Solberg (invented chief executive): 1']);
    const outer = st(KETTLES, 'believed-them');
    const inner = st(KETTLES, 'switch-problem');
    expect(inner.within?.id).toBe(`${KETTLES}/believed-them`);
    expect(inner.evidence.begin).toBeGreaterThan(outer.evidence.begin);
    expect(inner.evidence.end).toBeLessThan(outer.evidence.end);
    expect(outer.evidence.text.startsWith('“When our engineers')).toBe(true);
    expect(inner.kind === 'quotation' && inner.text).toBe('This is a switch problem, not a design problem,');
    expect((await chain(KETTLES, 'quote', 'switch-problem')).map(([, label]) => label)).toEqual([
      'The Fjordside Post (invented outlet)',
      'Margit Solberg (invented chief executive)',
      'Halvorsen’s engineers',
    ]);
  });

  it('4. the article corrects its earlier version’s figure', async () => {
    const rows = (await ask('denials-and-corrections', { article: KETTLES })).filter((r) => r.relation === 'corrects');
    expect(rows.map((r) => `${r.label} → ${r.targetLabel}`)).toEqual(['The recall covers about 21,000 kettles → 12,000 kettles had been recalled']);
    expect(values(KETTLES, 'earlier-12000')).toEqual([12000]);
    expect(values(KETTLES, 'recall-covers-21000')).toEqual([21000]);
    expect(st(KETTLES, 'earlier-12000').holder.id).toBe('fjordside-post');
  });

  it('5. “reportedly”: the inquiry, and its March 2025 date, are the unspecified source’s', async () => {
    const hedged = await ask('hedged-statements', { article: KETTLES });
    expect(hedged.map((r) => `${r.hedge}: ${r.label}`)).toEqual(['reportedly: The Consumer Safety Board opened an inquiry in March 2025']);
    expect(st(KETTLES, 'inquiry-opened').holder.kind).toBe('unnamed-source');
    const dated = await ask('dated-events', { article: KETTLES });
    expect(dated.map((r) => `${r.date} ${r.reportedBy}`)).toEqual(['2025-03 The Consumer Safety Board opened an inquiry in March 2025']);
  });

  it('6. who relays whom', async () => {
    const rows = await ask('who-relays-whom', { article: KETTLES });
    expect(rows.map((r) => `${r.relayLabel} → ${r.sourceLabel}`).sort()).toEqual([
      'Appliance Watch (invented trade newsletter) → a person familiar with Halvorsen’s investigation',
      'Margit Solberg (invented chief executive) → Halvorsen’s engineers',
      'The Coastline Herald (invented outlet) → Appliance Watch (invented trade newsletter)',
    ]);
  });

  it('7. Kessel was not told of any fault: a negation, not a denial', async () => {
    const rows = (await ask('denials-and-corrections', { article: KETTLES })).filter((r) => r.relation !== 'corrects');
    expect(rows.map((r) => `${r.relation} "${r.cue}": ${r.label}`)).toEqual(['negated "had not been": Kessel Components had not been told of any fault']);
    expect(st(KETTLES, 'kessel-not-told').denies).toEqual([]);
  });
});

describe(`${MARLOW}: a doping case in straight quotation marks`, () => {
  it('1. three speakers quoted once each, between straight quotes', async () => {
    const rows = await ask('quotations-by-speaker', { article: MARLOW });
    expect(rows.map((r) => `${r.label}: ${r.quotations}`)).toEqual([
      'Ilse Varga (invented medical director): 1',
      'Jonas Marlow (invented cyclist): 1',
      'the Aldmoor Cycling Federation (invented): 1',
    ]);
    for (const q of kg.quotations({ article: MARLOW })) {
      expect(q.evidence.text.startsWith('"'), q.id).toBe(true);
      expect(q.evidence.text.endsWith('"'), q.id).toBe(true);
    }
    expect(st(MARLOW, 'never-taken').evidence.sentences[0]!.text).toMatch(/," he wrote on social media\.$/);
  });

  it('2. a claim about a claim: the storage is the federation’s, inside the lawyer’s statement', async () => {
    const inner = st(MARLOW, 'wrong-temperature');
    expect(inner.within?.id).toBe(`${MARLOW}/letter-admitted`);
    expect(inner.holder.id).toBe('aldmoor-federation');
    expect(inner.sourcing).toBe('second-hand');
    const steps = await ask('report-chain', { statement: `${ART}${MARLOW}/claim/wrong-temperature` });
    expect(steps.map((r) => [r.agentLabel ?? r.outletLabel, r.documentLabel ?? null])).toEqual([
      ['Wirecast Sports (invented news agency)', 'Cyclist Jonas Marlow suspended after positive test (invented)'],
      ['Piet Odenkirk (invented lawyer)', null],
      ['the Aldmoor Cycling Federation (invented)', 'the federation’s letter cited by Marlow’s lawyer'],
    ]);
  });

  it('3. the federation denies the lawyer’s account and calls it “a distraction”', async () => {
    const rows = (await ask('denials-and-corrections', { article: MARLOW })).filter((r) => String(r.label).startsWith('The letter'));
    expect(rows.map((r) => `${r.relation}${r.cue ? ` "${r.cue}"` : ''}${r.targetLabel ? ` → ${r.targetLabel}` : ''}`)).toEqual([
      'denies → Odenkirk said the federation had admitted in a letter how the sample was stored',
      'negated "denied"',
    ]);
    const distraction = st(MARLOW, 'a-distraction');
    expect(distraction.kind === 'quotation' && distraction.text).toBe('a distraction');
    expect(distraction.evidence.sentences[0]!.text.startsWith('The federation called that account "a distraction" and denied')).toBe(true);
  });

  it('4. the Sentinel retracts its own report of a four-year ban, on 18 May 2025', async () => {
    const rows = (await ask('denials-and-corrections', { article: MARLOW })).filter((r) => String(r.label).startsWith('The Sentinel'));
    expect(rows.map((r) => `${r.relation}${r.cue ? ` "${r.cue}"` : ''}${r.targetLabel ? ` → ${r.targetLabel}` : ''}`)).toEqual([
      'negated "no ban"',
      'retracts → Marlow had been banned for four years',
    ]);
    expect([st(MARLOW, 'four-year-ban').holder.id, st(MARLOW, 'report-retracted').holder.id]).toEqual(['valeport-sentinel', 'valeport-sentinel']);
  });

  it('5. dated events, from relative dates', async () => {
    const rows = await ask('dated-events', { article: MARLOW });
    expect(rows.map((r) => `${r.date} ${r.label}: ${r.reportedBy}`)).toEqual([
      '2025-04 the collection of Marlow’s sample: The federation has suspended Marlow after his April sample tested positive for a banned blood booster',
      '2025-05-18 the Valeport Sentinel’s retraction of its report: The Sentinel retracted its report, saying no ban had been decided',
    ]);
  });

  it('6. Marlow against the suspension: an appeal, and a denial in his own words', async () => {
    const rows = await ask('statements-about', { entity: `${ID}jonas-marlow`, article: MARLOW });
    const mine = rows.filter((r) => r.holderLabel === 'Jonas Marlow (invented cyclist)').map((r) => `${r.label} (${r.polarity})`);
    expect(mine.sort()).toEqual(['Marlow has never taken anything and will prove it (negated)', 'Marlow will appeal any ban (affirmed)']);
    const never = st(MARLOW, 'never-taken');
    expect([never.channel, never.factuality.polarityCue]).toEqual(['social-media', 'never']);
    expect(ids(never.opposes)).toEqual([`${MARLOW}/suspended`]);
  });

  it('7. who relays whom: the lawyer relays the federation', async () => {
    const rows = await ask('who-relays-whom', { article: MARLOW });
    expect(rows.map((r) => `${r.relayLabel} → ${r.sourceLabel}`)).toEqual(['Piet Odenkirk (invented lawyer) → the Aldmoor Cycling Federation (invented)']);
  });
});

describe(`${KESSEL}: a follow-up that answers another article`, () => {
  const THERMOSTAT = `${ART}${KETTLES}/claim/thermostat-fault`;

  it('1. Kessel denies the Halvorsen article’s account of the thermostat', async () => {
    const rows = (await ask('denials-and-corrections', { article: KESSEL })).map((r) => `${r.relation}${r.cue ? ` "${r.cue}"` : ''}: ${r.label}`);
    expect(rows).toEqual([
      'denies: A Kessel thermostat did not cause the overheating in Halvorsen’s kettles',
      'negated "denied": A Kessel thermostat did not cause the overheating in Halvorsen’s kettles',
    ]);
    const denial = st(KESSEL, 'thermostat-not-cause');
    expect(denial.denies.map((r) => r.iri)).toEqual([THERMOSTAT]);
    expect(denial.holder.id).toBe('kessel-components');
    expect(denial.factuality).toMatchObject({ polarity: 'negated', polarityCue: 'denied' });
  });

  it('2. the sides: Kessel and its quality director against the company’s spokesman', async () => {
    const across = (await ask('opposing-claims')).filter((r) => String(r.target) === THERMOSTAT);
    expect(across.map((r) => `${r.relation}: ${String(r.statement).split('/').pop()}`).sort()).toEqual([
      'denies: thermostat-not-cause',
      'supports: stood-by-findings',
    ]);
    expect(ids(st(KESSEL, 'stood-by-findings').opposes)).toEqual([`${KESSEL}/thermostat-not-cause`]);
    expect(ids(st(KESSEL, 'passed-every-test').supports)).toEqual([`${KESSEL}/thermostat-not-cause`]);
    const about = await ask('statements-about', { entity: `${ID}kettle-fault` });
    expect(
      about
        .filter((r) => String(r.statement).includes(`/${KESSEL}/`))
        .map((r) => String(r.holderLabel))
        .sort(),
    ).toEqual(['Kessel Components (invented)', 'a Halvorsen spokesman']);
  });

  it('3. Per Aaland is quoted once, and “He” is Aaland', async () => {
    const rows = await ask('quotations-by-speaker', { article: KESSEL });
    expect(rows.map((r) => `${r.label}: ${r.quotations}`)).toEqual(['Per Aaland (invented quality director): 1']);
    const asked = st(KESSEL, 'asked-for-data');
    expect(asked.holder.id).toBe('per-aaland');
    expect(asked.evidence.text).toBe('He said Kessel had asked Halvorsen for the data behind its findings.');
    expect(kg.evidence('per-aaland').some((e) => e.text === 'He')).toBe(true);
  });

  it('4. the board gives 40 complaints, supporting what its spokeswoman would not count', async () => {
    expect(values(KESSEL, 'forty-complaints')).toEqual([40]);
    const board = st(KESSEL, 'forty-complaints');
    expect(board.holder.id).toBe('safety-board');
    expect(board.supports.map((r) => r.iri)).toEqual([`${ART}${KETTLES}/claim/complaints-received`]);
    expect(st(KETTLES, 'declined-how-many').label).toMatch(/declined to say how many/);
  });

  it('5. an unnamed spokesman, and a bare “reportedly”', async () => {
    const anonymous = await ask('statements-by-sourcing', { article: KESSEL, sourcing: 'anonymous' });
    expect(anonymous.map((r) => String(r.statement).split('/').pop()).sort()).toEqual(['retailers-stopped', 'stood-by-findings']);
    const hedged = await ask('hedged-statements', { article: KESSEL });
    expect(hedged.map((r) => `${r.hedge}: ${r.label}`)).toEqual(['reportedly: Two retailers have stopped selling Halvorsen’s kettles']);
    expect(st(KESSEL, 'retailers-stopped').holder.kind).toBe('unnamed-source');
  });

  it('6. the recall’s size, said in both articles', async () => {
    const rows = (await ask('same-claim-across-articles')).filter((r) => String(r.statement).includes(`/${KESSEL}/`));
    expect(rows.map((r) => `${r.label} = ${r.other}`)).toEqual([`Halvorsen’s recall covers about 21,000 kettles = ${ART}${KETTLES}/claim/recalling-21000`]);
    expect(values(KESSEL, 'recall-21000')).toEqual(values(KETTLES, 'recalling-21000'));
  });

  it('7. the denial is dated 11 April 2025, “on Friday” from the dateline', async () => {
    const dated = await ask('dated-events', { article: KESSEL });
    expect(dated.map((r) => `${r.date} ${r.label}`)).toEqual(['2025-04-11 Kessel Components’ denial of the thermostat fault']);
    expect(kg.articles().find((a) => a.id === KESSEL)!.published).toBe('2025-04-12');
  });
});
