/**
 * Whether a person the text names is a woman or a man, as far as the words of the text say: a
 * title ("Ms.", "Mrs.", "Mr.", "spokeswoman"), a first name from two small lists, or a pronoun in
 * a relative clause about them ("the minister, who … her"). Read so that "she" and "he" go to the
 * person meant; a person the words say nothing of has no gender here, and a pronoun may stand for
 * them. The name lists are kept small and unambiguous on purpose (no "Jan", "Kim", "Alex"): a
 * first name missing from them costs nothing but a guess.
 */
import type { Span } from '../text/spans.js';

export type Gender = 'female' | 'male';

const FEMALE_NAMES = new Set(
  `Ada Agnes Alice Ana Anastasia Angela Anna Anne Astrid Birgit Carla Clara Edda Elena Elin Elisabeth Elise Elizabeth Emma Eva Freya Greta Hanna Hannah
Helena Hilde Ida Ilse Ines Ingrid Irene Iryna Julia Kamala Karin Katarina Kira Laura Lea Lena Linda Lisa Liv Maja Mara Maria Marie Marina Marta Mary
Mette Nadia Nancy Natalia Nina Oda Olena Olga Petra Rhea Rosa Ruth Sara Sarah Silje Siri Sofia Sophie Susan Svetlana Tatiana Thea Theresa Tove Ursula
Vera Yulia`.split(/\s+/),
);

const MALE_NAMES = new Set(
  `Adam Anders Andrei Ansel Boris Carl Charles Daniel David Dmitry Donald Emil Erik Felix Gustav Hans Henrik Ivan Ivo Johan John Jonas Karl Keith Lars
Leon Magnus Marco Mark Michael Mikhail Nils Ola Olaf Omar Oren Oskar Otto Paul Peter Robert Sergei Steve Sven Thomas Tobias Tomas Tor Viktor Vladimir
Volodymyr Yuri`.split(/\s+/),
);

/** Titles and nouns of a person that say a gender, before or beside the name. */
const FEMALE_WORDS =
  /^(?:ms|mrs|miss|madam|madame|lady|dame|queen|princess|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|sportswoman|mother|grandmother|daughter|wife|widow|sister|actress|waitress|duchess|countess|empress)$/i;
const MALE_WORDS =
  /^(?:mr|sir|lord|king|prince|spokesman|chairman|businessman|congressman|councilman|sportsman|father|grandfather|son|husband|widower|brother|actor|duke|count|emperor)$/i;

/** "his", "herself", "himself", and "her" before a noun ("her post"), not "her" as an object ("met her at", "told her that"). */
const POSSESSIVE =
  /\b(his|herself|himself)\b|\b(her)\s+(?!(?:at|in|on|to|for|with|from|by|and|or|but|that|when|after|before|about|again|last|yesterday|today|as|into|over)\b)\p{Ll}/u;

/** The gender a title or a noun of a person says ("Ms.", "spokeswoman"), if any. */
export function genderOfWord(word: string): Gender | undefined {
  const w = word.replace(/\.$/, '');
  return FEMALE_WORDS.test(w) ? 'female' : MALE_WORDS.test(w) ? 'male' : undefined;
}

/** The gender a person's full name says by its first name, if any. */
export function genderOfName(name: string): Gender | undefined {
  const first = name.split(/\s+/)[0] ?? '';
  return FEMALE_NAMES.has(first) ? 'female' : MALE_NAMES.has(first) ? 'male' : undefined;
}

/** The pronoun's gender: "she", "her" female, "he", "him", "his" male. */
export function genderOfPronoun(pronoun: string): Gender | undefined {
  const p = pronoun.trim().toLowerCase();
  return /^(?:she|her|hers|herself)$/.test(p) ? 'female' : /^(?:he|him|his|himself)$/.test(p) ? 'male' : undefined;
}

/**
 * The gender the words around one mention of a person say: a title just before it ("Ms. Lund",
 * "spokeswoman Ines Dall"), a noun in apposition ("Tove Berg, a mother of three,"), or a
 * possessive or reflexive pronoun in a relative clause about the person ("Ola Brun, who founded
 * the firm with her brother,"; "the minister, who … her"), within the sentence.
 */
export function genderNear(text: string, mention: Span): Gender | undefined {
  const before = text.slice(Math.max(0, mention.begin - 30), mention.begin);
  const title = /(?:^|[\s(“"])(\p{L}+)\.?\s+$/u.exec(before);
  const byTitle = title ? genderOfWord(title[1]!) : undefined;
  if (byTitle) return byTitle;
  const after = text.slice(mention.end, mention.end + 140);
  const appositive = /^(?:[’']s)?,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/u.exec(after);
  const byNoun = appositive ? genderOfWord(appositive[1]!) : undefined;
  if (byNoun) return byNoun;
  // "…, who … her …": the relative clause's own possessive or reflexive, before the clause ends (a comma, a stop) or
  // another name; an object "her" ("who met her at the port") is someone else.
  const relative = /^(?:,\s+(?:the|a|an)\s+[\p{Ll}\s-]{1,40})?,\s+who\b([^.;,!?“”"]{0,100})/u.exec(after);
  const p = relative ? POSSESSIVE.exec(relative[1]!) : null;
  if (p && !/\p{Lu}/u.test(relative![1]!.slice(0, p.index))) return genderOfPronoun(p[1] ?? p[2]!);
  return undefined;
}
