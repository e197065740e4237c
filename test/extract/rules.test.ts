// One invented sentence or two per rule of the extractor: what each rule finds, and what it leaves alone.
import { describe, expect, it } from 'vitest';
import { compileAnnotation } from '../../src/authoring/compile.js';
import type { ArticleAnnotation, ClaimAnnotation, QuotationAnnotation, SpanSpec } from '../../src/authoring/format.js';
import { extractArticle } from '../../src/extract/index.js';
import { validate } from '../../src/validate/index.js';

const textOf = (s: SpanSpec) => (typeof s === 'string' ? s : s.text);
const holderLabel = (d: ArticleAnnotation, h: string | undefined) => (h && d.entities[h] ? d.entities[h]!.label : h);
const quotes = (d: ArticleAnnotation) =>
  (d.quotations ?? []).map((q: QuotationAnnotation) => ({ parts: q.parts.map(textOf), speaker: holderLabel(d, q.holder), hedge: q.hedge, within: q.within }));
const reported = (d: ArticleAnnotation) =>
  (d.claims ?? [])
    .filter((c: ClaimAnnotation) => c.holder !== 'article')
    .map((c) => ({ evidence: textOf(c.evidence), holder: holderLabel(d, c.holder), hedge: c.hedge, polarity: c.polarity, certainty: c.certainty }));

async function valid(text: string) {
  const d = extractArticle(text);
  const report = await validate(compileAnnotation(d, text).quads);
  expect(report.problems.filter((p) => p.severity === 'violation').map((p) => p.message)).toEqual([]);
  return d;
}

describe('quotations', () => {
  it('splits a quotation around its attribution, the speaker after the quote', async () => {
    const d = await valid('Mara Quill chairs the invented Harbour Council. “The port stays open,” said Quill at noon. “Nobody leaves.”');
    expect(quotes(d)).toEqual([{ parts: ['The port stays open,', 'Nobody leaves.'], speaker: 'Mara Quill', hedge: undefined, within: undefined }]);
  });

  it('takes the speaker before the quote, and straight quotation marks', async () => {
    const d = await valid('Ansel Varga, an invented mayor, said: "We will rebuild the bridge."');
    expect(quotes(d)).toMatchObject([{ parts: ['We will rebuild the bridge.'], speaker: 'Ansel Varga' }]);
  });

  it('resolves "he said" to the last named person', async () => {
    const d = await valid('Tobias Renn visited the invented town of Oskarby. “It is quiet here,” he said.');
    expect(quotes(d)).toMatchObject([{ parts: ['It is quiet here,'], speaker: 'Tobias Renn' }]);
  });

  it('keeps an unnamed description as an unnamed source', async () => {
    const d = await valid('“The talks have stalled,” a senior official told reporters.');
    const [q] = d.quotations!;
    expect(d.entities[q!.holder!]).toMatchObject({ type: 'UnnamedPerson', label: 'a senior official' });
  });

  it('gives a partial quotation to the report it sits in', async () => {
    const d = await valid('Ilse Dorn, an invented minister, claimed that the plan was “dead on arrival.”');
    expect(quotes(d)).toMatchObject([{ parts: ['dead on arrival.'], speaker: 'Ilse Dorn', hedge: 'claimed' }]);
  });

  it('puts a quotation whose telling is only reported inside an unnamed report', async () => {
    const d = await valid('Petra Lund leads the invented Lund Institute. “We are ready,” Lund reportedly told aides.');
    const [q] = d.quotations!;
    const outer = d.claims!.find((c) => c.id === q!.within)!;
    expect(outer).toMatchObject({ holder: 'unspecified', hedge: 'reportedly' });
    expect(holderLabel(d, q!.holder)).toBe('Petra Lund');
  });

  it('keeps a quotation inside a quotation as part of it, and reads "X wrote" as written', async () => {
    const d = await valid('“He told me ‘never again’ and meant it,” Hanna Ek wrote.');
    // The outer quotation keeps its whole text; the words inside it are a quotation of their own, within it.
    expect(quotes(d)).toMatchObject([
      { parts: ['He told me ‘never again’ and meant it,'], speaker: 'Hanna Ek' },
      { parts: ['never again'], within: d.quotations![0]!.id },
    ]);
    expect(d.quotations![0]).toMatchObject({ verb: 'wrote', channel: 'written' });
  });

  it('leaves scare quotes without a speaker alone', async () => {
    const d = await valid('The so-called “peace plan” was published on Monday.');
    expect(d.quotations).toEqual([]);
  });
});

describe('reported speech', () => {
  it('finds the holder of "X said that" and of "according to X"', async () => {
    const d = await valid('Karl Weiss said that the dam would hold. According to the Valley Herald, the river rose overnight.');
    expect(reported(d)).toMatchObject([
      { evidence: 'Karl Weiss said that the dam would hold.', holder: 'Karl Weiss' },
      { evidence: 'According to the Valley Herald, the river rose overnight.', holder: 'Valley Herald' },
    ]);
  });

  it('reads a denial as negated and "claimed" as a hedge', async () => {
    const d = await valid('Oren Falk denied that he had met the envoy. Lena Brisk claimed that the vote was rigged.');
    expect(reported(d)).toMatchObject([
      { holder: 'Oren Falk', polarity: { value: 'negated', cue: 'denied' } },
      { holder: 'Lena Brisk', hedge: 'claimed' },
    ]);
  });

  it('finds warned, noted and suggested, and the modal "could" or "may" as certainty', async () => {
    const d = await valid('Some analysts warned that prices could rise. Rhea Moss noted that the plan may fail. Critics suggested that the timing was odd.');
    expect(reported(d)).toMatchObject([
      { holder: 'some analysts', certainty: { value: 'possible', cue: 'could' } },
      { holder: 'Rhea Moss', hedge: 'notes', certainty: { value: 'possible', cue: 'may' } },
      { holder: 'critics', hedge: 'suggested' },
    ]);
  });

  it('finds an attribution after its content', async () => {
    const d = await valid('The ferry will resume service in May, a person familiar with the plans said.');
    expect(reported(d)).toMatchObject([{ holder: 'a person familiar with the plans' }]);
  });

  it('gives "reportedly", "allegedly" and "is said to" to an unspecified source', async () => {
    const d = await valid('The minister reportedly resigned. The general is said to favour a truce.');
    expect(reported(d)).toMatchObject([
      { holder: 'unspecified', hedge: 'reportedly' },
      { holder: 'unspecified', hedge: 'is-said-to' },
    ]);
  });

  it('nests a report inside the report that relays it', async () => {
    const d = await valid('The Coast Times reported that Omar Pell had warned his staff that the harbour could flood.');
    const inner = d.claims!.find((c) => holderLabel(d, c.holder) === 'Omar Pell')!;
    const outer = d.claims!.find((c) => c.id === inner.within)!;
    expect(holderLabel(d, outer.holder)).toBe('Coast Times');
  });
});

describe('names, headline and dateline', () => {
  it('merges a surname into the full name met before, and strips titles', async () => {
    const d = await valid('Former President Edda Stromm visited Kyiv. Stromm met officials there.');
    const people = Object.values(d.entities).filter((e) => e.type === 'Person');
    expect(people).toMatchObject([{ label: 'Edda Stromm', names: ['Edda Stromm', 'Stromm'] }]);
    expect(d.entities.kyiv).toMatchObject({ type: 'City' });
  });

  it('types outlets, organisations and countries by gazetteer and by the shape of the name', async () => {
    const d = await valid('The Northfield Gazette said that the Baltic Institute for Peace met in Poland.');
    const types = Object.fromEntries(Object.values(d.entities).map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ 'Northfield Gazette': 'NewsOutlet', 'Baltic Institute for Peace': 'Organization', Poland: 'Country' });
  });

  it('reads a headline and a dateline', async () => {
    const d = await valid('Harbour talks stall again\n\nBRUSSELS, March 14, 2025 — Envoys met for a third day. Nothing was agreed.');
    expect(d.article.title).toBe('Harbour talks stall again');
    expect(d.article.published).toBe('2025-03-14');
    expect(d.entities.brussels).toMatchObject({ type: 'City' });
    expect(d.notes?.map((n) => n.id)).toEqual(['headline', 'dateline']);
  });

  it('types seas, firms and names after "the", and keeps lone ordinary words out', async () => {
    const d = await valid('Shipping slowed in the Caspian Sea. Lund Capital said that the Morning Ledger had erred.');
    const types = Object.fromEntries(Object.values(d.entities).map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ 'Caspian Sea': 'Region', 'Lund Capital': 'Company', 'Morning Ledger': 'NewsOutlet' });
    expect(types.Shipping).toBeUndefined();
  });
});

describe('attribution shapes met after the first rules', () => {
  it('takes the speaker before an apposition after the quote', async () => {
    const d = await valid('“Nothing moves,” Greta Sand, a pilot at the invented Oskar Airfield, told reporters.');
    expect(quotes(d)).toMatchObject([{ parts: ['Nothing moves,'], speaker: 'Greta Sand' }]);
  });

  it('joins “A,” he said, “B” into one quotation', async () => {
    const d = await valid('Nils Berg runs the ferry. "We sail at dawn," he said, "if the wind allows."');
    expect(quotes(d)).toMatchObject([{ parts: ['We sail at dawn,', 'if the wind allows.'], speaker: 'Nils Berg' }]);
  });

  it('finds "sources said on Tuesday" and "said in a statement that"', async () => {
    const d = await valid(
      'The mill will close in June, company sources said on Tuesday. The regional council said in a statement that it would help the workers.',
    );
    expect(reported(d)).toMatchObject([{ holder: 'company sources' }, { holder: 'regional council' }]);
  });

  it('reads a denial of a noun, and "is said to" as a hedge rather than a speaker', async () => {
    const d = await valid('Ivo Lind denied the rumour. The council is said to favour the plan.');
    expect(reported(d)).toMatchObject([
      { holder: 'Ivo Lind', polarity: { value: 'negated', cue: 'denied' } },
      { holder: 'unspecified', hedge: 'is-said-to' },
    ]);
  });

  it('gives a report the hedge printed inside what it reports', async () => {
    const d = await valid('Border guards allegedly turned the convoy back, two witnesses said.');
    expect(reported(d)).toMatchObject([{ holder: 'two witnesses', hedge: 'allegedly' }]);
  });
});

describe('more reporting verbs and figures as a source', () => {
  it('reads announced, stated, added, confirmed, acknowledged, argued, estimated, predicted and admitted as reports', async () => {
    const d = await valid(
      'Ola Brun announced that the mill would close. Ada Rinn stated that fares would rise. Ivo Lind added that nobody was hurt. Vera Holm confirmed that the deal was signed. Tor Hedin acknowledged that the plan was late. Lea Voss argued that the cost was too high. Nils Berg estimated that 400 jobs were at risk. Ines Dahl predicted that the vote would fail. Omar Pell admitted that he had misled the board.',
    );
    expect(reported(d).map((r) => r.holder)).toEqual([
      'Ola Brun',
      'Ada Rinn',
      'Ivo Lind',
      'Vera Holm',
      'Tor Hedin',
      'Lea Voss',
      'Nils Berg',
      'Ines Dahl',
      'Omar Pell',
    ]);
  });

  it('takes the same verbs as attributions after a quotation and after reported content', async () => {
    const d = await valid(
      '“We will sail,” Ola Brun announced. “It is done,” Ada Rinn confirmed. “We erred,” Ivo Lind admitted. The port will close in May, the Velby Port Authority announced.',
    );
    expect(quotes(d).map((q) => q.speaker)).toEqual(['Ola Brun', 'Ada Rinn', 'Ivo Lind']);
    expect(reported(d)).toMatchObject([{ holder: 'Velby Port Authority' }]);
  });

  it('gives figures to the body that published them: "according to figures published by X", "data from X", "X’s figures show"', async () => {
    const d = await valid(
      'According to figures published by the Harbour Board, fares rose 12 percent. Ferry use fell by a third, according to data from the Lunden Transit Authority. The Velby Ferry Company’s figures show that 4,000 passengers sailed in May.',
    );
    expect(reported(d).map((r) => [r.evidence, r.holder])).toEqual([
      ['According to figures published by the Harbour Board, fares rose 12 percent.', 'Harbour Board'],
      ['Ferry use fell by a third, according to data from the Lunden Transit Authority.', 'Lunden Transit Authority'],
      ['The Velby Ferry Company’s figures show that 4,000 passengers sailed in May.', 'Velby Ferry Company'],
    ]);
  });

  it('leaves "shows" without figures for its subject, "an estimated" and an earlier estimate of a figure to other rules', async () => {
    const d = await valid('The video shows that the ferry sank at dawn. An estimated 400 people came. Kira Moll had earlier estimated the cost at €2 million.');
    expect(reported(d).map((r) => [r.evidence, r.holder])).toEqual([['Kira Moll had earlier estimated the cost at €2 million', 'Kira Moll']]);
    expect(d.claims!.find((c) => c.holder !== 'article')!.content).toContain('schema:value 2000000.0');
  });
});

describe('outlets typed by the words around their names', () => {
  const typeOf = (d: ArticleAnnotation) => Object.fromEntries(Object.values(d.entities).map((e) => [e.label, e.type]));

  it('types a name as an outlet when a cue says so, whatever a word of the name says', async () => {
    const d = await valid(
      'Nordic Media Group reported that the ferry had sunk. The strike ended, the Harbour Network reported. Ines Dahl told the Velby Post Group that fares would rise. Lea Voss, writing in the Coast Review Group, said the plan was late. The Lund Trust, a news site, said that fares had risen again. The newspaper Ostby Capital said nothing.',
    );
    expect(typeOf(d)).toMatchObject({
      'Nordic Media Group': 'NewsOutlet',
      'Harbour Network': 'NewsOutlet',
      'Velby Post Group': 'NewsOutlet',
      'Coast Review Group': 'NewsOutlet',
      'Lund Trust': 'NewsOutlet',
      'Ostby Capital': 'NewsOutlet',
    });
  });

  it('reads a lone name that reports as an outlet, even at the start of a sentence, and types an earlier mention too', async () => {
    const d = await valid(
      'Vestbladet reported that talks would resume on Sunday. Shares of Holm Media Group fell. Later Holm Media Group reported that the editor had resigned.',
    );
    expect(typeOf(d)).toMatchObject({ Vestbladet: 'NewsOutlet', 'Holm Media Group': 'NewsOutlet' });
    expect(reported(d)[0]).toMatchObject({ holder: 'Vestbladet' });
  });

  it('lets a description of another kind outweigh a verb cue, at the same mention or an earlier one', async () => {
    const d = await valid(
      'The union, Cabin Crew United, reported that talks had failed again. Hallin Group, a logistics firm, cut 40 jobs. Hallin Group reported that profits fell last year.',
    );
    expect(typeOf(d)).toMatchObject({ 'Cabin Crew United': 'Organization', 'Hallin Group': 'Organization' });
  });

  it('leaves a government body, a research body, a company’s legal form and a person that report or are told as they are', async () => {
    const d = await valid(
      'Velby Police reported that two men were held. The Velby Institute reported that wages fell last year. Tarrow Group Ltd. reported that profits fell. Ola Brun told Ines Dahl that fares would rise. Hallin Group cut 40 jobs.',
    );
    expect(typeOf(d)).toMatchObject({
      'Velby Police': 'GovernmentOrganization',
      'Velby Institute': 'Organization',
      'Tarrow Group Ltd.': 'Organization',
      'Ines Dahl': 'Person',
      'Hallin Group': 'Organization',
    });
  });
});

describe('bodies named by their kind, groups at a sentence’s start, two reports joined by a semicolon', () => {
  it('types a hospital, a school or a museum as an organisation and reads "the trust" only as a Trust named before', async () => {
    const d = await valid(
      'Waiting times at Kelmouth General Hospital rose, according to data from the Kelmouth Health Trust. The trust’s figures show that 1,450 patients waited more than four hours. The Velby Harbour Board met. The trust said that the board had been told of the delays.',
    );
    const types = Object.fromEntries(Object.values(d.entities).map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ 'Kelmouth General Hospital': 'Organization', 'Kelmouth Health Trust': 'Organization' });
    expect(reported(d).map((r) => r.holder)).toEqual(['Kelmouth Health Trust', 'Kelmouth Health Trust', 'Kelmouth Health Trust']);
    // No body named so: "the museum" is no guess at the last body named.
    const e = await valid('The Velby Harbour Board met on Monday. The museum said that the pier would close in May.');
    expect(reported(e).map((r) => r.holder)).not.toContain('Velby Harbour Board');
  });

  it('reads a group of people opening a sentence as its holder, and ends a report at the semicolon before the next', async () => {
    const d = await valid(
      'Kelmouth Health Trust published figures. Patient groups argued that the figures understated the problem; the trust rejected that claim.',
    );
    expect(reported(d)).toMatchObject([
      { evidence: 'Patient groups argued that the figures understated the problem', holder: 'Patient groups' },
      { evidence: 'the trust rejected that claim', holder: 'Kelmouth Health Trust', polarity: { value: 'negated', cue: 'rejected' } },
    ]);
  });
});

describe('quantities', () => {
  it('writes a quantity with its unit into the content: approximate, a bound, or exact', async () => {
    const d = await valid('Vera Holm noted that the drone flew about 1,200 kilometres. The rocket can reach up to 80 km. Prices rose 12 percent.');
    const contents = d.claims!.map((c) => c.content ?? '').join('\n');
    expect(contents).toContain('schema:value 1200.0 ; cg:approximate true ; schema:unitCode "KMT"');
    expect(contents).toContain('schema:maxValue 80.0 ;');
    expect(contents).toContain('schema:value 12.0 ; schema:unitCode "P1"');
  });
});

describe('chains of reports', () => {
  it('reads "according to an account in X, which spoke to Y" as Y known through X', async () => {
    const d = await valid('The convoy turned back at dawn, according to a report in the Coast Herald, which spoke to three drivers.');
    const [c] = d.claims!.filter((x) => x.holder !== 'article');
    expect(holderLabel(d, c!.holder)).toBe('three drivers');
    expect(c!.via?.map((v) => holderLabel(d, typeof v === 'string' ? v : v.id))).toEqual(['Coast Herald']);
  });
});

describe('partial quotations without a reporting verb', () => {
  it('give the quotation to the subject that opens the sentence', async () => {
    const d = await valid('Lea Voss, who runs the depot, put the cost at “well over budget” and called the plan “a fantasy.”');
    expect(quotes(d)).toMatchObject([
      { parts: ['well over budget'], speaker: 'Lea Voss' },
      { parts: ['a fantasy.'], speaker: 'Lea Voss' },
    ]);
  });
});

describe('definite descriptions of organisations', () => {
  it('read "the company" as the company named last before it', async () => {
    const d = await valid('Brenn Motors recalled 4,000 scooters on Monday. The company said that no riders had been hurt.');
    expect(reported(d)).toMatchObject([{ holder: 'Brenn Motors' }]);
  });

  it('read "the board" as the Board named before, rather than another body named since', async () => {
    const d = await valid('The Velby Harbour Board met on Monday. The Velby Transport Office sent a letter. The board said that the pier would close in May.');
    expect(reported(d)).toMatchObject([{ holder: 'Velby Harbour Board' }]);
  });
});

describe('names of companies and boards', () => {
  it('types a name ending in a plural common noun as a company and a board as a government body', async () => {
    const d = await valid('Tarn Components said that the Water Safety Board had cleared its pumps.');
    const types = Object.fromEntries(Object.values(d.entities).map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ 'Tarn Components': 'Company', 'Water Safety Board': 'GovernmentOrganization' });
  });
});

describe('a description, then the name it describes', () => {
  it('gives a report to the name after a description ("Its chief executive, Ola Brun, said")', async () => {
    const d = await valid('Fenn Shipping lost a contract. Its chief executive, Ola Brun, said that the loss was small.');
    expect(reported(d)).toMatchObject([{ evidence: 'Its chief executive, Ola Brun, said that the loss was small.', holder: 'Ola Brun' }]);
    expect(d.entities[d.claims![0]!.holder!]!.described).toEqual(['Its chief executive']);
  });

  it('gives a quotation to the name after a description after the quote', async () => {
    const d = await valid('"We are ready," the port\'s harbour master, Ines Vola, said.');
    expect(quotes(d)).toMatchObject([{ parts: ['We are ready,'], speaker: 'Ines Vola' }]);
  });

  it('reads "the newspaper X" and "the news agency X" as the outlet X, and "X reported" after the content', async () => {
    const d = await valid('The newspaper Vestrand reported that the ferry had sunk. The strike will end soon, the news agency Oskal reported.');
    expect(reported(d)).toMatchObject([{ holder: 'Vestrand' }, { holder: 'Oskal' }]);
    expect(
      Object.values(d.entities)
        .filter((e) => e.type === 'NewsOutlet')
        .map((e) => e.label),
    ).toEqual(['Vestrand', 'Oskal']);
  });

  it('leaves out a title before the name ("Dr. Ada Morn warned that")', async () => {
    const d = await valid('Dr. Ada Morn warned that the lake was shrinking.');
    expect(reported(d)).toMatchObject([{ holder: 'Ada Morn' }]);
  });

  it('starts a dateline sentence’s evidence after the dateline', async () => {
    const d = await valid('VELBY, June 3 — The mill will close, Tor Hedin said.');
    expect(reported(d)).toMatchObject([{ evidence: 'The mill will close, Tor Hedin said.', holder: 'Tor Hedin' }]);
  });
});

describe('companies, organisations and outlets by the words around them', () => {
  it('types names with Inc., Ltd. or Co., after "a rival firm," and before ", a local charity"', async () => {
    const d = await valid(
      'Orlin Bridges Inc. won the bid. A rival firm, Hessel Bau, withdrew, and Pell Brewing Co. objected. The Elm Fund, a local charity, said it was worried. The union, Deck Crews United, said nothing.',
    );
    const types = Object.fromEntries(Object.values(d.entities).map((e) => [e.label, e.type]));
    expect(types).toMatchObject({
      'Orlin Bridges Inc.': 'Company',
      'Hessel Bau': 'Company',
      'Pell Brewing Co.': 'Company',
      'Elm Fund': 'Organization',
      'Deck Crews United': 'Organization',
    });
  });

  it('reads a company’s first word alone as the company, and "the airline" as the company named before', async () => {
    const d = await valid('Tarrow Air Ltd. cancelled 40 flights, the airline said. Tarrow denied that it had misled passengers.');
    expect(reported(d)).toMatchObject([{ holder: 'Tarrow Air Ltd.' }, { holder: 'Tarrow Air Ltd.', polarity: { value: 'negated' } }]);
  });
});

describe('quantities beyond measures', () => {
  const contentOf = (d: ArticleAnnotation) => [...(d.claims ?? []), ...(d.quotations ?? [])].map((c) => c.content ?? '').join('\n');

  it('reads sums of money with their currency and scale', async () => {
    const d = await valid('Ada Rinn said the city faces a shortfall of $4.2 million. The port will cost €48 million, the council said.');
    expect(contentOf(d)).toContain('schema:value 4200000.0 ; schema:unitCode "USD"');
    expect(contentOf(d)).toContain('schema:value 48000000.0 ; schema:unitCode "EUR"');
  });

  it('reads durations in words and counts of things, with their bounds', async () => {
    const d = await valid(
      'Ines Holt said residents waited for more than three hours. About 35,000 passengers were stranded, the agency said. Refunds are due within seven days.',
    );
    const c = contentOf(d);
    expect(c).toContain('schema:minValue 3.0 ; schema:unitCode "HUR"');
    expect(c).toContain('schema:value 35000.0 ; cg:approximate true ; schema:unitText "passengers"');
    expect(c).toContain('schema:maxValue 7.0 ; schema:unitCode "DAY"');
  });

  it('reads a fraction of a change as a percentage ("rose by a quarter")', async () => {
    const d = await valid('Waiting times rose by a quarter in a year, Ines Holt said. Fares fell by about a third, the council said.');
    expect(contentOf(d)).toContain('schema:value 25.0 ; schema:unitCode "P1"');
    expect(contentOf(d)).toContain('schema:value 33.3 ; cg:approximate true ; schema:unitCode "P1"');
  });

  it('takes no count from a model name or a year', async () => {
    const d = await valid('The B-2 bombers flew in 2024 prices, Tomas Vik said.');
    expect(contentOf(d)).toBe('');
  });
});

describe('corrections of a figure', () => {
  it('reads "revised the figure from A to B" as a statement of A and one of B that corrects it', async () => {
    const d = await valid('The Vell transport department revised the figure from €40 million to €48 million after the bid came in.');
    const [earlier, revised] = d.claims!.filter((c) => c.holder !== 'article');
    expect(earlier!.content).toContain('schema:value 40000000.0');
    expect(revised!.content).toContain('schema:value 48000000.0');
    expect(revised!.content).not.toContain('40000000');
    expect(revised!.corrects).toEqual([earlier!.id]);
    expect(holderLabel(d, revised!.holder)).toBe('Vell transport department');
  });

  it('takes an earlier "put the figure at A" as the statement corrected, and "it" as the company named before', async () => {
    const d = await valid(
      'Orla Air Ltd. cancelled flights. The airline had earlier put the figure at 340 cancellations; it lowered its estimate from 340 to 210 later.',
    );
    const held = d.claims!.filter((c) => c.holder !== 'article');
    const earlier = held.find((c) => c.content?.includes('340.0'))!;
    const revised = held.find((c) => c.content?.includes('210.0'))!;
    expect(textOf(earlier.evidence)).toBe('The airline had earlier put the figure at 340 cancellations');
    expect(revised.corrects).toEqual([earlier.id]);
    expect(held.map((c) => holderLabel(d, c.holder))).toEqual(['Orla Air Ltd.', 'Orla Air Ltd.']);
  });
});

describe('dates as typed literals', () => {
  const datesOf = (d: ArticleAnnotation) =>
    Object.values(d.entities)
      .filter((e) => e.date)
      .map((e) => [textOf(e.mentions![0]!), e.date]);

  it('reads relative dates from the dateline, and leaves the date of the saying out', async () => {
    const d = await valid(
      'VELBY, March 3, 2025 — At a hearing last Tuesday, residents filled the hall, the Velby Post reported on Monday. The mayor ordered a freeze in January, Ada Rinn said. The council will vote this month, Rinn said.',
    );
    expect(datesOf(d)).toEqual([
      ['last Tuesday', '2025-02-25'],
      ['January', '2025-01'],
      ['this month', '2025-03'],
    ]);
  });

  it('reads a weekday after the day of writing for the future, and marks the statement as about the future', async () => {
    const d = extractArticle('Talks would resume on Sunday, the newspaper Vestrand reported. Crews stayed home yesterday, the union said.', {
      published: '2025-05-02',
    });
    expect(datesOf(d)).toEqual([
      ['Sunday', '2025-05-04'],
      ['yesterday', '2025-05-01'],
    ]);
    const future = d.claims!.find((c) => textOf(c.evidence).startsWith('Talks'))!;
    expect(future.time).toEqual({ value: 'future', cue: 'would' });
    const report = await validate(
      compileAnnotation(d, 'Talks would resume on Sunday, the newspaper Vestrand reported. Crews stayed home yesterday, the union said.').quads,
    );
    expect(report.problems.filter((p) => p.severity === 'violation')).toEqual([]);
  });

  it('reads a dateline and a date with a month abbreviation ("Oct. 12", "Sept. 3, 2024")', async () => {
    const d = await valid('VELBY, Oct. 12, 2025 — The mill closed. Oskar Lind said the mill had opened on Sept. 3, 2024.');
    expect(d.article.published).toBe('2025-10-12');
    expect(datesOf(d)).toEqual([['Sept. 3, 2024', '2024-09-03']]);
  });

  it('reads "in 2027" and "14 March 2025" without a day of writing', async () => {
    const d = await valid('Oskar Lind said the bridge would open in 2027. Vera Holm said the deal was signed on 14 March 2025.');
    expect(datesOf(d)).toEqual([
      ['2027', '2027'],
      ['14 March 2025', '2025-03-14'],
    ]);
  });
});

describe('quotations inside quotations', () => {
  it('finds the quoted words inside a quotation, with the speaker named before them, within the outer quotation', async () => {
    const d = await valid('"My brother said to me, \'The mine will close by spring,\' and I believe him," said Oda Rask, a miner.');
    const [outer, inner] = quotes(d);
    expect(outer).toMatchObject({ parts: ["My brother said to me, 'The mine will close by spring,' and I believe him,"], speaker: 'Oda Rask' });
    expect(inner).toMatchObject({ parts: ['The mine will close by spring,'], speaker: 'My brother (Oda Rask’s words)' });
    expect(inner!.within).toBe(d.quotations![0]!.id);
  });

  it('gives "they told me, ‘…’" to the group named before, and leaves apostrophes alone', async () => {
    const d = await valid('“When our pilots saw the storm, they told me, ‘We can’t land,’ and I didn’t argue,” Ines Dahl said.');
    expect(quotes(d).map((q) => [q.parts, q.speaker])).toEqual([
      [['When our pilots saw the storm, they told me, ‘We can’t land,’ and I didn’t argue,'], 'Ines Dahl'],
      [['We can’t land,'], 'our pilots (Ines Dahl’s words)'],
    ]);
  });
});

describe('denials of what was said before', () => {
  it('reads "denied that, saying “…”" as a denial of "that", and the quotation as the same speaker’s', async () => {
    const d = await valid('A spokesman for the port denied that, saying the plan had followed "every rule."');
    expect(reported(d)).toMatchObject([{ evidence: 'A spokesman for the port denied that', polarity: { value: 'negated', cue: 'denied' } }]);
    expect(quotes(d)).toMatchObject([{ parts: ['every rule.'], speaker: 'a spokesman for the port' }]);
  });
});

describe('titles and negation in reported clauses', () => {
  it('reads "…, Mayor Ines Dall said on Tuesday" with the title kept out of the name', async () => {
    const d = await valid('The council will vote in March, Mayor Ines Dall said on Tuesday.');
    expect(reported(d)).toMatchObject([{ holder: 'Ines Dall' }]);
  });

  it('marks a reported clause whose verb is negated, but not a negation in its "if" clause', async () => {
    const d = await valid('According to the Harbour Post, the contract has not been signed. Ola Brun said the dam would fail if the council did not act.');
    expect(reported(d)).toMatchObject([{ polarity: { value: 'negated', cue: 'has not been' } }, { holder: 'Ola Brun', polarity: undefined }]);
  });
});

describe('places and weapons as subjects', () => {
  it('reads a country that speaks or hears as its government, and gives a weapon no voice', async () => {
    const d = await valid(
      'Ukraine said that the convoy had crossed. Lena Brisk told Moscow that talks were over. The Tomahawk said nothing new, Oskar Lind noted.',
    );
    const held = reported(d);
    expect(held.map((r) => r.holder)).toEqual(['the government of Ukraine', 'Lena Brisk', 'Oskar Lind']);
    expect(d.entities[d.claims!.find((c) => c.audience)!.audience!]).toMatchObject({ type: 'GovernmentOrganization', label: 'the authorities in Moscow' });
  });
});

describe('negation in reported clauses and in the article’s voice', () => {
  it('marks a clause negated by "did not", "has not", "was not", "no longer" and "never"', async () => {
    const d = await valid(
      'Ola Brun said the council did not approve the budget. Ola Brun said the council has not met. Ola Brun said the pier was not repaired. Ola Brun said the trust no longer funds the library. Ola Brun said the board never voted.',
    );
    expect(reported(d).map((r) => (typeof r.polarity === 'object' ? r.polarity.cue : r.polarity))).toEqual([
      'did not',
      'has not',
      'was not',
      'no longer',
      'never',
    ]);
  });

  it('reads "denied that", "rejected claims that", "disputed" and "dismissed" as denials, the content after "that"', async () => {
    const d = await valid(
      'Ola Brun denied that the council approved the budget. Ola Brun rejected claims that the pier was sold. Greywater Lines disputed the figure, saying it ignored discounts. Mara Quill dismissed suggestions that the ferry would stop.',
    );
    expect(reported(d)).toMatchObject([
      { holder: 'Ola Brun', polarity: { value: 'negated', cue: 'denied' } },
      { holder: 'Ola Brun', polarity: { value: 'negated', cue: 'rejected' } },
      { evidence: 'Greywater Lines disputed the figure', holder: 'Greywater Lines', polarity: { value: 'negated', cue: 'disputed' } },
      { holder: 'Mara Quill', polarity: { value: 'negated', cue: 'dismissed' } },
    ]);
    expect(d.claims!.find((c) => c.verb === 'rejected')!.label).toBe('The pier was sold');
  });

  it('marks negative quantifiers ("no evidence that", "none", "nobody"), not "no doubt" or "no fewer than"', async () => {
    const d = await valid(
      'Ola Brun said there was no evidence that the budget was cut. Ola Brun said none of the money had been spent. Nobody at the council approved the budget, Mara Quill said. Ola Brun said there was no doubt the pier was safe. Mara Quill said no fewer than 300 people came.',
    );
    expect(reported(d).map((r) => (typeof r.polarity === 'object' ? r.polarity.cue : r.polarity))).toEqual(['no', 'none', 'Nobody', undefined, undefined]);
  });

  it('reads "refused to" as a negation, and "refused to say" or "declined to comment" as neither a report nor a denial', async () => {
    const d = await valid('The council refused to approve the budget. Ola Brun refused to say whether the pier was sold. The trust declined to comment.');
    expect(reported(d)).toEqual([]);
    expect(d.claims!.map((c) => c.polarity)).toEqual([{ value: 'negated', cue: 'refused to' }, undefined, undefined]);
  });
});

describe('holders after the content, in apposition, and beliefs', () => {
  it('reads "…, the operator, Greywater Lines, announced on Tuesday." and "…, Anders Moll, an underwriter, said."', async () => {
    const d = await valid(
      'Fares will rise by 9 percent from next month, the operator, Greywater Lines, announced on Tuesday. The cover will cost more next year, Anders Moll, an underwriter, said.',
    );
    expect(reported(d)).toMatchObject([
      { evidence: 'Fares will rise by 9 percent from next month, the operator, Greywater Lines, announced on Tuesday.', holder: 'Greywater Lines' },
      { evidence: 'The cover will cost more next year, Anders Moll, an underwriter, said.', holder: 'Anders Moll' },
    ]);
    expect(d.claims!.map((c) => c.label)).toEqual(['Fares will rise by 9 percent from next month', 'The cover will cost more next year']);
    expect(textOf(d.entities['anders-moll']!.described![0]!)).toBe('an underwriter');
  });

  it('reads "remained resolute in her belief that" and "is convinced that" as beliefs, and "however" between commas as no description', async () => {
    const d = await valid(
      'Ola Brun chairs the board. Brun, however, has remained resolute in her belief that the pier is safe. The mayor is convinced that the pier will hold.',
    );
    expect(reported(d)).toMatchObject([
      { evidence: 'Brun, however, has remained resolute in her belief that the pier is safe.', holder: 'Ola Brun' },
      { evidence: 'The mayor is convinced that the pier will hold.', holder: 'the mayor' },
    ]);
    expect(d.claims!.filter((c) => c.holder !== 'article').map((c) => c.channel)).toEqual(['belief', 'belief']);
    expect(d.entities['ola-brun']!.described).toBeUndefined();
  });
});

describe('reports inside a quotation', () => {
  it('reads “Putin has made it clear that …” as a report of the one named, within the quotation', async () => {
    const d = await valid(
      'Vladimir Putin spoke on Monday. “Putin has made it clear that he will not return to the table unless Ukraine is disarmed,” said a Duma spokesperson.',
    );
    const r = d.claims!.find((c) => c.holder === 'vladimir-putin')!;
    expect(r).toMatchObject({
      evidence: 'Putin has made it clear that he will not return to the table unless Ukraine is disarmed',
      verb: 'has made it clear',
      polarity: { value: 'negated', cue: 'will not' },
      within: d.quotations![0]!.id,
    });
  });

  it('ends the report at ", and", and leaves a pronoun or the speaker’s own name alone', async () => {
    const d = await valid(
      'Ola Brun chairs the board. “We have said that the pier is safe,” said Mara Quill. “Brun told us that the pier was safe, and Brun was right.” “Mara Quill said that the pier is old,” Quill said.',
    );
    expect(reported(d)).toMatchObject([{ evidence: 'Brun told us that the pier was safe', holder: 'Ola Brun' }]);
  });
});

describe('counts in words, scaled counts and days without a year', () => {
  const contentOf = (d: ArticleAnnotation) => [...(d.claims ?? []), ...(d.quotations ?? [])].map((c) => c.content ?? '').join('\n');
  const datesOf = (d: ArticleAnnotation) =>
    Object.values(d.entities)
      .filter((e) => e.date)
      .map((e) => [textOf(e.mentions![0]!), e.date]);

  it('reads a count in words that is its clause’s subject ("two ambulances had waited"), and no other count in words', async () => {
    const d = await valid(
      'The Velby Post reported that two ambulances had waited for six hours. Ines Holt said three wards were closed. Two people familiar with the talks said the two schools fell short. The mayor named three critical factors.',
    );
    const c = contentOf(d);
    expect(c).toContain('schema:value 2.0 ; schema:unitText "ambulances"');
    expect(c).toContain('schema:value 3.0 ; schema:unitText "wards"');
    expect(c).not.toContain('"people"');
    expect(c).not.toContain('"schools"');
    expect(c).not.toContain('"critical factors"');
  });

  it('reads "about 380,000 members", "up to 4 percent" and "1.2 million passengers", the scale out of the unit', async () => {
    const d = await valid(
      'The union has about 380,000 members, Ines Holt said. Fares could rise by up to 4 percent, the council said. About 1.2 million passengers used the ferry, the operator said.',
    );
    const c = contentOf(d);
    expect(c).toContain('schema:value 380000.0 ; cg:approximate true ; schema:unitText "members"');
    expect(c).toContain('schema:maxValue 4.0 ; schema:unitCode "P1"');
    expect(c).toContain('schema:value 1200000.0 ; cg:approximate true ; schema:unitText "passengers"');
  });

  it('reads "on Feb. 27" and "March 3" in the year of writing, the next one for the future; "in April" and "founded in 1987" as before', async () => {
    const d = extractArticle(
      'The council voted on Feb. 27, Ada Rinn said. The ferry will sail again on Feb. 2, the operator said. The mill closed in April, the union said. Rinn said the mill, founded in 1987, was sold.',
      { published: '2025-02-20' },
    );
    expect(datesOf(d)).toEqual([
      ['Feb. 27', '2024-02-27'],
      ['Feb. 2', '2026-02-02'],
      ['April', '2024-04'],
      ['1987', '1987'],
    ]);
  });
});

describe('the source of a report named in a later sentence', () => {
  it('gives "X reportedly …" the holder of "According to Y, this …" in the next sentences, and leaves it unspecified otherwise', async () => {
    const TEXT =
      'The mayor reportedly considered selling the pier. The council met. According to a recent article by Harbour Post reporter Ada Rinn, this potential move was part of a plan. The ferry reportedly stopped. According to Ada Rinn, fares rose.';
    const d = await valid(TEXT);
    expect(
      reported(d)
        .map((r) => [r.evidence, r.holder])
        .sort((a, b) => TEXT.indexOf(a[0]!) - TEXT.indexOf(b[0]!)),
    ).toEqual([
      ['The mayor reportedly considered selling the pier.', 'Ada Rinn'],
      ['According to a recent article by Harbour Post reporter Ada Rinn, this potential move was part of a plan.', 'Ada Rinn'],
      ['The ferry reportedly stopped.', 'unspecified'],
      ['According to Ada Rinn, fares rose.', 'Ada Rinn'],
    ]);
  });
});
