/**
 * A synthetic corpus compiled through the real annotation compiler: many short articles over a shared
 * cast of people, organisations, places and weapons, each with claims, quotations, a content graph and
 * a note. Deterministic, so page sizes and timings compare across runs.
 */
import { compileAnnotation } from '../../src/authoring/compile.js';
import type { ArticleAnnotation, EntityAnnotation } from '../../src/authoring/format.js';
import type { ClaimGraph } from '../../src/graph.js';

const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irina', 'Jonas'];
const LAST = ['Albescu', 'Brandt', 'Corvi', 'Dahlberg', 'Esposito', 'Falk'];
const ORGS = [
  'Northern Alliance Council',
  'Baltic Trade Office',
  'Coastal Defence Agency',
  'Eastern Energy Board',
  'Central Press Bureau',
  'Harbour Security Authority',
  'River Basin Commission',
  'Mountain Relief Fund',
];
const PLACES = ['Valdmora', 'Kestrany', 'Orlavia', 'Pethuna', 'Sorvik', 'Tamarel', 'Ulgrad', 'Vesnitsa', 'Wardholm', 'Zelvany', 'Arkoma', 'Brisel'];
const WEAPONS = [
  ['Falcon', 'cruise-missile'],
  ['Trident Arrow', 'ballistic-missile'],
  ['Night Heron', 'strategic-bomber'],
  ['Skylance', 'cruise-missile'],
] as const;
const HEDGES = ['reportedly', 'claimed', 'suggested', 'none'];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** One short article; `i` picks its cast so that neighbouring articles share some of it. */
function syntheticArticle(i: number): { annotation: ArticleAnnotation; text: string } {
  const pick = <T>(list: readonly T[], k: number) => list[(i * k + Math.floor(i / list.length)) % list.length]!;
  const person = `${pick(FIRST, 7)} ${pick(LAST, 5)}`;
  const org = pick(ORGS, 3),
    place = pick(PLACES, 5);
  const [weapon, category] = pick(WEAPONS, 1);
  const hedge = HEDGES[i % HEDGES.length]!;
  const text = [
    `${person} said on Monday that the ${org} would send ${weapon} systems to ${place}.`,
    `“The ${weapon} will change the balance in ${place},” ${person} told reporters.`,
    `According to an official at the ${org}, the plan was discussed in private.`,
    `“We are watching ${place} closely,” the official said.`,
    `Report ${i} adds that ${place} has asked for more help.`,
  ].join(' ');
  const entities: Record<string, EntityAnnotation> = {
    [slug(person)]: { type: 'Person', label: person, names: [person] },
    [slug(org)]: { type: 'GovernmentOrganization', label: org, names: [org] },
    [slug(place)]: { type: 'City', label: place, names: [place] },
    [slug(weapon)]: { type: 'WeaponSystem', label: weapon, names: [weapon], category },
    [`official-${i}`]: {
      type: 'UnnamedPerson',
      label: `an official at the ${org} (report ${i})`,
      mentions: [{ text: 'an official', within: 'According to an official' }],
      affiliation: slug(org),
    },
  };
  const annotation: ArticleAnnotation = {
    article: { id: `synthetic-${i}`, title: `Report ${i}: ${weapon} for ${place}`, text, textIsInline: true, language: 'en', curator: 'test corpus' },
    entities,
    claims: [
      {
        id: 'send',
        label: `The ${org} would send ${weapon} systems to ${place}`,
        source: slug(person),
        channel: 'statement',
        hedge,
        evidence: `the ${org} would send ${weapon} systems to ${place}`,
        about: [slug(org), slug(place)],
        content: `id:${slug(weapon)} cg:canStrike id:${slug(place)} .`,
      },
      { id: 'asked', label: `${place} asked for more help`, source: 'article', evidence: `${place} has asked for more help`, about: [slug(place)] },
    ],
    quotations: [
      {
        id: 'balance',
        label: `${weapon} will change the balance`,
        parts: [`The ${weapon} will change the balance in ${place},`],
        speaker: slug(person),
        channel: 'interview',
        about: [slug(place)],
      },
      {
        id: 'watching',
        label: `Watching ${place} closely`,
        parts: [`We are watching ${place} closely,`],
        speaker: `official-${i}`,
        channel: 'statement',
        hedge: 'reportedly',
        via: [slug(org)],
        about: [slug(place)],
      },
    ],
    notes: [{ id: 'check', text: `The plan for ${place} is not confirmed by a second source.`, about: ['send'] }],
  };
  return { annotation, text };
}

/** Adds `count` synthetic articles to the graph. */
export async function addSyntheticCorpus(kg: ClaimGraph, count: number): Promise<void> {
  const quads = [];
  for (let i = 0; i < count; i++) {
    const { annotation, text } = syntheticArticle(i);
    quads.push(...compileAnnotation(annotation, text, `synthetic-${i}`).quads);
  }
  await kg.add(quads);
}
