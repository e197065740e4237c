// The scorer's elements beyond quotations and reported speech: sentences against a gold split,
// entity kinds, outlets, quantities and dates, each on a small invented text.
import { describe, expect, it } from 'vitest';
import type { ArticleAnnotation } from '../../src/authoring/format.js';
import { scoreDraft } from '../../src/extract/index.js';

const text = 'The Harbour Ledger reported that Vessel Lines Inc. lost 40 percent of its cargo in March. Mr. Odd Brask said so.';
const base = (over: Partial<ArticleAnnotation>): ArticleAnnotation => ({
  article: { id: 'x', title: 'x', text, published: '2025-04-02' },
  entities: {},
  ...over,
});
const curated = base({
  entities: {
    ledger: { type: 'NewsOutlet', label: 'Harbour Ledger', names: ['Harbour Ledger'] },
    vessel: { type: 'Company', label: 'Vessel Lines Inc.', names: ['Vessel Lines Inc.'] },
    brask: { type: 'Person', label: 'Odd Brask', names: ['Odd Brask'] },
    loss: { type: 'Event', label: 'the loss', mentions: ['lost'], date: '2025-03', reportedBy: 'lost' },
  },
  claims: [
    {
      id: 'lost',
      label: 'Vessel Lines lost 40 percent of its cargo',
      evidence: 'The Harbour Ledger reported that Vessel Lines Inc. lost 40 percent of its cargo in March.',
      holder: 'ledger',
      content: '_:q a schema:QuantitativeValue ; schema:value 40.0 ; schema:unitCode "P1" .',
    },
  ],
});

describe('scoreDraft', () => {
  it('scores sentences against a gold split, and leaves them out without one', () => {
    const gold = ['The Harbour Ledger reported that Vessel Lines Inc. lost 40 percent of its cargo in March.', 'Mr. Odd Brask said so.'];
    expect(scoreDraft(curated, curated, text, { sentences: gold }).sentences).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // A split the splitter does not make is a miss and the sentence it makes instead a false one.
    const wrong = ['The Harbour Ledger reported that Vessel Lines Inc.', 'lost 40 percent of its cargo in March.', 'Mr. Odd Brask said so.'];
    expect(scoreDraft(curated, curated, text, { sentences: wrong }).sentences).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(scoreDraft(curated, curated, text).sentences).toBeUndefined();
  });

  it('counts an entity found with the wrong kind, and an outlet typed as a company as no outlet', () => {
    const draft = base({
      entities: {
        ledger: { type: 'Company', label: 'Harbour Ledger', names: ['Harbour Ledger'] },
        vessel: { type: 'Person', label: 'Vessel Lines Inc.', names: ['Vessel Lines Inc.'] },
        brask: { type: 'Person', label: 'Odd Brask', names: ['Odd Brask'] },
      },
    });
    const s = scoreDraft(draft, curated, text);
    expect(s.entities).toMatchObject({ tp: 3, fp: 0 });
    expect(s.entityTypes).toMatchObject({ correct: 1, matched: 3 });
    expect(s.entityTypes.wrong.map((w) => w.id).sort()).toEqual(['ledger', 'vessel']);
    expect(s.outlets).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('matches quantities and dates by value inside the same statement', () => {
    const draft = base({
      entities: {
        ledger: { type: 'NewsOutlet', label: 'Harbour Ledger', names: ['Harbour Ledger'] },
        when: { type: 'Event', label: 'in March', mentions: ['in March'], date: '2025-03', reportedBy: 'd1' },
      },
      claims: [
        {
          id: 'd1',
          label: 'x',
          evidence: 'Vessel Lines Inc. lost 40 percent of its cargo in March',
          holder: 'ledger',
          content: '_:q a schema:QuantitativeValue ; schema:value 40.0 .\n_:r a schema:QuantitativeValue ; schema:value 41.0 .',
        },
      ],
    });
    const s = scoreDraft(draft, curated, text);
    expect(s.quantities).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    // The publication date and the event's month.
    expect(s.dates).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    const undated = scoreDraft(base({ article: { id: 'x', title: 'x', text } }), curated, text);
    expect(undated.dates).toMatchObject({ tp: 0, fp: 0, fn: 2 });
  });
});
