// "she" and "he" go to the person of that gender named last, as far as a title, a first name or
// the words around a mention show it; when nothing shows it, to the person named last.
import { describe, expect, it } from 'vitest';
import type { ArticleAnnotation } from '../../src/authoring/format.js';
import { extractArticle } from '../../src/extract/index.js';
import { genderNear, genderOfName, genderOfPronoun, genderOfWord } from '../../src/extract/gender.js';

const speakers = (d: ArticleAnnotation) => (d.quotations ?? []).map((q) => (q.holder && d.entities[q.holder] ? d.entities[q.holder]!.label : q.holder));
const near = (text: string, name: string) => genderNear(text, { begin: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('what the words say of a person’s gender', () => {
  it('reads titles, nouns, first names and pronouns', () => {
    expect([
      genderOfWord('Ms.'),
      genderOfWord('Mrs'),
      genderOfWord('spokeswoman'),
      genderOfWord('Mr.'),
      genderOfWord('chairman'),
      genderOfWord('minister'),
    ]).toEqual(['female', 'female', 'female', 'male', 'male', undefined]);
    expect([genderOfName('Ingrid Sandvik'), genderOfName('Nils Sandvik'), genderOfName('Jan Sandvik'), genderOfName('Rinn Holt')]).toEqual([
      'female',
      'male',
      undefined,
      undefined,
    ]);
    expect([genderOfPronoun('She'), genderOfPronoun('her'), genderOfPronoun('he'), genderOfPronoun('they')]).toEqual(['female', 'female', 'male', undefined]);
  });

  it('reads a title before a mention, a noun in apposition and a pronoun in a relative clause about the person', () => {
    expect(near('Talks went on. Ms. Vang left.', 'Vang')).toBe('female');
    expect(near('Rinn Holt, a mother of three, spoke.', 'Rinn Holt')).toBe('female');
    expect(near('Tiril Vang, the harbour minister, who took up her post in May, spoke.', 'Tiril Vang')).toBe('female');
    expect(near('Ruud Vann, who runs his own ferry line, spoke.', 'Ruud Vann')).toBe('male');
    // An object "her" is someone else; so is the pronoun of a clause that names someone else.
    expect(near('Ruud Vann, who met her at the port, spoke.', 'Ruud Vann')).toBeUndefined();
    expect(near('Ruud Vann, who told her that the port was shut, spoke.', 'Ruud Vann')).toBeUndefined();
    expect(near('Ruud Vann, who met Tiril Vang and her staff, spoke.', 'Ruud Vann')).toBeUndefined();
    expect(near('Ruud Vann spoke.', 'Ruud Vann')).toBeUndefined();
  });
});

describe('pronouns resolved by gender', () => {
  it('gives "she" to the last woman and "he" to the last man, passing over the person named since', () => {
    const d = extractArticle('Ms. Tove Berg met Ola Brun on Monday. “We will sail,” she said. “We will not,” he said.');
    expect(speakers(d)).toEqual(['Tove Berg', 'Ola Brun']);
  });

  it('reads the gender from a description ("the minister, who … her") and from a later "Mrs."', () => {
    const d = extractArticle(
      'Tiril Vang, the harbour minister, who took up her post in May, met Ruud Vann on Monday. “We agree,” she said. Siv Moe met Birk Aas. Mrs. Moe left early. “Later,” she said.',
    );
    expect(speakers(d)).toEqual(['Tiril Vang', 'Siv Moe']);
  });

  it('gives a pronoun to the person named last when no one’s gender is shown, or only the other one', () => {
    expect(speakers(extractArticle('Rinn Holt met Ruud Vann. “Yes,” she said.'))).toEqual(['Ruud Vann']);
    expect(speakers(extractArticle('Mr. Ruud Vann met Nils Holt. “Yes,” she said.'))).toEqual(['Nils Holt']);
  });
});
