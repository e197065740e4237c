// Sentence boundaries: the stops that end a sentence, the abbreviations that do not, and paragraph breaks.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/text/spans.js';

const split = (text: string) => sentences(text).map((s) => text.slice(s.begin, s.end));

describe('sentences', () => {
  it('ends a headline without a full stop at the blank line under it', () => {
    const text = 'Millbrook library to open on Sundays\n\nThe library will open on Sundays, Ruiz said. It closed in 2011.';
    expect(split(text)).toEqual(['Millbrook library to open on Sundays', 'The library will open on Sundays, Ruiz said.', 'It closed in 2011.']);
  });

  it('takes any blank line as a paragraph break: spaces on it, several of them, CRLF', () => {
    expect(split('One headline\n  \n\t\nA body line.')).toEqual(['One headline', 'A body line.']);
    expect(split('One headline\r\n\r\nA body line.\r\n')).toEqual(['One headline', 'A body line.']);
    expect(split('\n\nFirst paragraph.\n\nsecond one, lower case\n\n')).toEqual(['First paragraph.', 'second one, lower case']);
  });

  it('keeps a single line break inside a sentence', () => {
    expect(split('Strikes near St.\nPetersburg were reported. Then nothing.')).toEqual(['Strikes near St.\nPetersburg were reported.', 'Then nothing.']);
    expect(split('A line that wraps\nin the middle. Next.')).toEqual(['A line that wraps\nin the middle.', 'Next.']);
  });

  it('does not split after abbreviations such as U.S. and St.', () => {
    expect(split('A U.S. foundation gave money to St. Anne Street. Mr. Okafor agreed.')).toEqual([
      'A U.S. foundation gave money to St. Anne Street.',
      'Mr. Okafor agreed.',
    ]);
  });

  it('keeps a month abbreviation with the day or year after it, in a dateline and in a date', () => {
    expect(split('LONDON, Oct. 12 — The council met. It agreed on Sept. 30 to raise fares. Talks end in Dec. 2026. It was Feb. Twenty-First.')).toEqual([
      'LONDON, Oct. 12 — The council met.',
      'It agreed on Sept. 30 to raise fares.',
      'Talks end in Dec. 2026.',
      'It was Feb. Twenty-First.',
    ]);
  });

  it('ends a sentence at a month abbreviation that nothing of the date follows', () => {
    expect(split('The vote was in Oct. The next one is in Nov. Jan Morr said so.')).toEqual([
      'The vote was in Oct.',
      'The next one is in Nov.',
      'Jan Morr said so.',
    ]);
  });

  it('ends a paragraph that ends in an abbreviation at the blank line', () => {
    expect(split('Aid came from the U.S.\n\nNothing followed.')).toEqual(['Aid came from the U.S.', 'Nothing followed.']);
  });

  it('still splits at ! and ? followed by quotes', () => {
    expect(split('“Open it!” she said. Will it? “Yes.” Done.')).toEqual(['“Open it!” she said.', 'Will it?', '“Yes.”', 'Done.']);
  });

  it('gives offsets into the whole text', () => {
    const text = 'Head\n\nBody one. Body two.';
    expect(sentences(text)).toEqual([
      { begin: 0, end: 4 },
      { begin: 6, end: 15 },
      { begin: 16, end: 25 },
    ]);
  });
});
