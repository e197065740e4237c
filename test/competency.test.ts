// The competency questions (shared/competency-questions.md), answered three ways:
// the named SPARQL queries, the typed helpers, and traversal. Expected answers come
// from the article text.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type ClaimGraph } from '../src/index.js';

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

const sorted = (xs: unknown[]) => [...xs].map(String).sort();

// The seven quotations, verbatim, each pair of printed parts joined by one space.
const QUOTATIONS = [
  [
    'David Ignatius',
    'Trump’s thinking has always been about maximizing U.S. influence through strategic ambiguity, He sees military power not just as a tool of defense, but as a bargaining chip in global diplomacy.',
  ],
  [
    'Donald Trump',
    'Putin’s rhetoric about peace is a smoke screen, He’s not interested in negotiations unless he’s forced to the table by overwhelming U.S. power.',
  ],
  ['Donald Trump', 'Those missiles don’t just destroy targets—they send a message, They make the enemy think twice.'],
  ['David Ignatius', 'Escalate to de-escalate—that’s the Trump doctrine, It’s a strategy that has worked in the past, and it’s one he’s willing to repeat.'],
  [
    'a former administration official',
    'Trump was convinced that the only way to prevent a Russian victory was to tip the balance of power in favor of Ukraine, He saw the Tomahawks as a way to do that.',
  ],
  [
    'a Duma spokesperson',
    'Putin has made it clear that he will not return to the negotiating table unless Ukraine is disarmed and the U.S. withdraws its support, Trump’s attempts to mediate have been met with resistance, but Putin has always been committed to protecting the people of Donbass and Russia’s national interests.',
  ],
  [
    'Donald Trump',
    'This isn’t about winning the war—it’s about ensuring that no one side feels they can dictate terms, If we don’t act, the world will be in chaos for years to come.',
  ],
];

describe('competency questions', () => {
  it('1: weapons systems mentioned', async () => {
    const rows = await kg.select(kg.namedQuery('cq-1'));
    expect(sorted(rows.map((r) => r.label))).toEqual(['ATACMS', 'B-2 bomber', 'Tomahawk cruise missile']);
    expect(sorted(kg.weapons().map((w) => w.label))).toEqual(['ATACMS', 'B-2 bomber', 'Tomahawk cruise missile']);
  });

  it('2: the range of ATACMS is 300 km', async () => {
    const rows = await kg.select(kg.namedQuery('cq-2'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.value).toBe(300);
    expect(rows[0]!.unit).toBe('km');
    expect(rows[0]!.evidence).toBe('capable of reaching 300 kilometers');
    const atacms = kg.weapons().find((w) => w.label === 'ATACMS')!;
    expect(atacms.range).toMatchObject({ value: 300, unit: 'km' });
  });

  it('3: the Tomahawk is said to be able to strike Moscow and St. Petersburg', async () => {
    const rows = await kg.select(kg.namedQuery('cq-3'));
    expect(sorted(rows.map((r) => r.label))).toEqual(['Moscow', 'St. Petersburg']);
    const tomahawk = kg.weapons().find((w) => w.id === 'tomahawk')!;
    expect(sorted(tomahawk.targets.map((t) => t.label))).toEqual(['Moscow', 'St. Petersburg']);
  });

  it('4: seven quotations — Trump 3, Ignatius 2, the former official 1, the Duma spokesperson 1', async () => {
    const rows = await kg.select(kg.namedQuery('cq-4'));
    const counts = Object.fromEntries(rows.map((r) => [r.label, r.quotations]));
    expect(counts).toEqual({ 'Donald Trump': 3, 'David Ignatius': 2, 'a former administration official': 1, 'a Duma spokesperson': 1 });
    expect(kg.quotations()).toHaveLength(7);
    expect(kg.quotations({ speaker: 'Trump' })).toHaveLength(3);
    expect(kg.quotations({ speaker: 'david-ignatius' })).toHaveLength(2);
  });

  it('5: each quotation verbatim, in the order printed', async () => {
    const rows = await kg.select(kg.namedQuery('cq-5'));
    expect(rows.map((r) => [r.speaker, r.text])).toEqual(QUOTATIONS);
    expect(kg.quotations().map((q) => [q.speaker.label, q.text])).toEqual(QUOTATIONS);
  });

  it('6: statements resting on unnamed sources', async () => {
    const rows = await kg.select(kg.namedQuery('cq-6'));
    expect(sorted([...new Set(rows.map((r) => r.sourceLabel))])).toEqual(
      sorted([
        'a former administration official',
        'a Duma spokesperson',
        'Duma officials',
        'Trump’s inner circle',
        'Trump’s aides',
        'some analysts',
        'others (who warn of escalation)',
      ]),
    );
    const aides = rows.find((r) => r.sourceLabel === 'Trump’s aides')!;
    expect(aides.role).toBe('audience');
    // Sourcing is derived from the chain: every statement whose chain passes an unnamed agent,
    // including the reports behind "reportedly told aides" and the reports within quotations.
    const anonymous = kg.statements({ sourcing: 'anonymous' }).map((s) => s.id.split('/')[1]);
    expect(anonymous).toEqual([
      'trump-smoke-screen',
      'trump-told-aides',
      'inner-circle-warning',
      'former-official-tomahawks',
      'duma-frustration',
      'duma-spokesperson-preconditions',
      'putin-preconditions',
      'analysts-shift-balance',
      'others-warn-escalation',
    ]);
  });

  it('7: the chain behind "Trump considered supplying Ukraine with Tomahawks"', async () => {
    const rows = await kg.select(kg.namedQuery('cq-7'));
    expect(rows.map((r) => r.position)).toEqual([1, 2]);
    expect(rows[0]!.hedge).toBe('reportedly');
    expect(rows[0]!.documentLabel).toBe('Trump, Tomahawks and Ukraine');
    expect(rows[1]!.agentLabel).toBe('David Ignatius');
    expect(rows[1]!.outlet).toBe('The Washington Post');
    const [claim] = kg.claims({ about: 'tomahawk', hedge: 'reportedly' });
    const chain = kg.attribution(claim!.id);
    expect(chain.map((s) => s.label)).toEqual(['this article', 'David Ignatius’s recent Washington Post article']);
    expect(chain[1]!.outlet?.label).toBe('The Washington Post');
  });

  it('8: the outlets cited are The Washington Post and Politico', async () => {
    const rows = await kg.select(kg.namedQuery('cq-8'));
    expect(sorted(rows.map((r) => r.label))).toEqual(['Politico', 'The Washington Post']);
    expect(
      sorted(
        kg
          .sources()
          .filter((s) => s.outlet)
          .map((s) => s.label),
      ),
    ).toEqual(['Politico', 'The Washington Post']);
  });

  it('9: three factors for the decision to escalate, in order', async () => {
    const rows = await kg.select(kg.namedQuery('cq-9'));
    expect(rows.map((r) => r.ordinal)).toEqual([1, 2, 3]);
    expect(rows[0]!.evidence).toContain('disrespect by engaging in peace talks while simultaneously ignoring direct overtures');
    expect(rows[1]!.evidence).toContain('B-2 bombers and Tomahawk missiles in operations against Iran');
    expect(rows[2]!.evidence).toContain('prospect of greater force');
  });

  it('10: the one dated event is the closed-door meeting of January 2025', async () => {
    const rows = await kg.select(kg.namedQuery('cq-10'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label).toBe('closed-door meeting of Trump with aides');
    expect(rows[0]!.date).toBe('2025-01');
    expect(rows[0]!.datatype).toBe('http://www.w3.org/2001/XMLSchema#gYearMonth');
    expect(
      kg
        .events()
        .filter((e) => e.date)
        .map((e) => e.date!.value),
    ).toEqual(['2025-01']);
  });

  it('11: the places named', async () => {
    const expected = sorted(['Moscow', 'St. Petersburg', 'Ukraine', 'Russia', 'United States', 'Iran', 'Donbass']);
    expect(sorted((await kg.select(kg.namedQuery('cq-11'))).map((r) => r.label))).toEqual(expected);
    expect(sorted(kg.places().map((p) => p.label))).toEqual(expected);
  });

  it('12: how the article describes people and institutions', async () => {
    const rows = await kg.select(kg.namedQuery('cq-12'));
    expect(rows.map((r) => [r.label, r.description])).toEqual([
      ['Donald Trump', 'former President'],
      ['David Ignatius', 'Washington Post reporter'],
      ['Vladimir Putin', 'Russian President'],
      ['State Duma', 'Russia’s lower house of parliament'],
    ]);
    expect(kg.entity('Putin').descriptions).toEqual(['Russian President']);
  });

  it('13: hedged statements and their cues', async () => {
    const rows = await kg.select(kg.namedQuery('cq-13'));
    expect(rows.map((r) => r.cue)).toEqual(['reportedly', 'notes', 'reportedly', 'suggested', 'claimed']);
    // The cue hedges the telling; the quotation is reported within it.
    expect(rows[2]!.statement).toMatch(/claim\/trump-told-aides$/);
    expect(kg.quotations().find((q) => q.id.endsWith('trump-smoke-screen'))!.within?.id).toBe('trump-tomahawks/trump-told-aides');
    expect(kg.statements({ hedge: 'any' }).map((s) => s.hedge)).toEqual(['reportedly', 'notes', 'reportedly', 'suggested', 'claimed']);
  });

  it('14: the opposed claims of some analysts and others', async () => {
    const rows = await kg.select(kg.namedQuery('cq-14'));
    expect(rows).toHaveLength(1);
    expect(sorted([rows[0]!.source, rows[0]!.otherSource])).toEqual(['others (who warn of escalation)', 'some analysts']);
    const analysts = kg.claims({ speaker: 'some analysts' })[0]!;
    expect(analysts.opposes.map((o) => o.id)).toEqual(['trump-tomahawks/others-warn-escalation']);
  });

  it('15: Tomahawks excluded from the current aid list, could be reintroduced (per Ignatius)', async () => {
    const rows = await kg.select(kg.namedQuery('cq-15'));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.list).toBe('the current list of U.S. military aid to Ukraine');
    expect(rows[1]!.certainty).toBe('possible');
    expect(rows[1]!.source).toBe('David Ignatius');
    expect(rows[1]!.hedge).toBe('notes');
    expect(rows[1]!.condition).toBe('if Trump deemed it necessary to gain more leverage over Moscow');
  });

  it('16: nothing asserts that Ukraine received Tomahawks', async () => {
    expect(await kg.ask(kg.namedQuery('cq-16'))).toBe(false);
    const supply = kg.claims({ about: 'tomahawk' }).map((c) => c.id);
    expect(supply).toContain('trump-tomahawks/considered-supply');
    expect(supply).toContain('trump-tomahawks/tomahawks-excluded');
  });

  it('every answer leads back to its evidence sentence', () => {
    for (const s of kg.statements()) {
      expect(s.evidence.sentences.length, s.id).toBeGreaterThan(0);
      for (const sentence of s.evidence.sentences) expect(sentence.text.length).toBeGreaterThan(0);
    }
  });
});
