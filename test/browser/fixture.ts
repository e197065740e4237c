/** Hand-built explorer payloads: one mirroring the bundled article, one large synthetic graph. */
import { readFileSync } from 'node:fs';
import type { NodeAttrs, PagePayload, StatementView } from '../../src/render/html/types.js';

const ARTICLE = 'https://w3id.org/claimgraph/article/trump-tomahawks';
export const TEXT = readFileSync(new URL('../../data/articles/trump-tomahawks.txt', import.meta.url), 'utf8');
const id = (slug: string) => `https://w3id.org/claimgraph/id/${slug}`;
export const IGNATIUS = id('david-ignatius');
const TRUMP = id('donald-trump');

/** Offsets of the text from `start` to the end of `stop`, found in the real article. */
function span(start: string, stop = start): StatementView['evidence'] {
  const begin = TEXT.indexOf(start);
  const end = TEXT.indexOf(stop, begin) + stop.length;
  if (begin < 0 || end < begin + stop.length) throw new Error(`not in the article: ${start} … ${stop}`);
  return { article: ARTICLE, begin, end, text: TEXT.slice(begin, end) };
}

interface Spec {
  slug: string;
  kind: 'claim' | 'quotation';
  label: string;
  text?: string;
  speaker: string;
  about: string[];
  hedge: string;
  sourcing: string;
  through: string[];
  evidence: StatementView['evidence'];
}

const specs: Spec[] = [
  {
    slug: 'quote/ignatius-ambiguity',
    kind: 'quotation',
    label: 'Trump maximizes U.S. influence through strategic ambiguity',
    text: 'Trump’s thinking has always been about maximizing U.S. influence through strategic ambiguity, He sees military power not just as a tool of defense, but as a bargaining chip in global diplomacy.',
    speaker: 'david-ignatius',
    about: ['donald-trump', 'strategic-ambiguity'],
    hedge: 'none',
    sourcing: 'named-on-record',
    through: [],
    evidence: span('“Trump’s thinking has always', 'in global diplomacy.”'),
  },
  {
    slug: 'quote/ignatius-doctrine',
    kind: 'quotation',
    label: 'Escalate to de-escalate is the Trump doctrine',
    text: 'Escalate to de-escalate—that’s the Trump doctrine, It’s a strategy that has worked in the past, and it’s one he’s willing to repeat.',
    speaker: 'david-ignatius',
    about: ['donald-trump'],
    hedge: 'none',
    sourcing: 'named-on-record',
    through: [],
    evidence: span('“Escalate to de-escalate', 'willing to repeat.”'),
  },
  {
    slug: 'quote/putin-smoke-screen',
    kind: 'quotation',
    label: 'Putin’s talk of peace is a smoke screen',
    text: 'Putin’s rhetoric about peace is a smoke screen, He’s not interested in negotiations unless he’s forced to the table by overwhelming U.S. power.',
    speaker: 'donald-trump',
    about: ['vladimir-putin'],
    hedge: 'reportedly',
    sourcing: 'anonymous',
    through: ['trumps-aides'],
    evidence: span('“Putin’s rhetoric about peace', 'overwhelming U.S. power.”'),
  },
  {
    slug: 'claim/considered-supply',
    kind: 'claim',
    label: 'Trump considered supplying Ukraine with Tomahawk cruise missiles',
    speaker: 'donald-trump',
    about: ['tomahawk', 'ukraine'],
    hedge: 'reportedly',
    sourcing: 'second-hand',
    through: ['david-ignatius'],
    evidence: span('In a dramatic escalation', 'St.\nPetersburg.'),
  },
  {
    slug: 'claim/tomahawk-targets',
    kind: 'claim',
    label: 'Tomahawk cruise missiles can strike Moscow and St. Petersburg',
    speaker: 'donald-trump',
    about: ['tomahawk', 'moscow'],
    hedge: 'reportedly',
    sourcing: 'article-voice',
    through: [],
    evidence: span('Tomahawk cruise missiles capable', 'St.\nPetersburg'),
  },
  {
    slug: 'quote/official-tip-balance',
    kind: 'quotation',
    label: 'Trump wanted to tip the balance of power toward Ukraine',
    text: 'Trump was convinced that the only way to prevent a Russian victory was to tip the balance of power in favor of Ukraine, He saw the Tomahawks as a way to do that.',
    speaker: 'former-administration-official',
    about: ['donald-trump', 'tomahawk'],
    hedge: 'none',
    sourcing: 'anonymous',
    through: ['politico'],
    evidence: span('“Trump was convinced', 'a way to do that.”'),
  },
  {
    slug: 'claim/duma-frustration',
    kind: 'claim',
    label: 'Trump’s frustration stemmed from Putin’s refusal to negotiate without preconditions',
    speaker: 'state-duma',
    about: ['donald-trump', 'vladimir-putin'],
    hedge: 'claimed',
    sourcing: 'named-on-record',
    through: [],
    evidence: span('In a recent statement, Duma officials claimed', 'without preconditions.'),
  },
  {
    slug: 'claim/politico-concerns',
    kind: 'claim',
    label: 'Trump privately feared Russia would dominate the conflict',
    speaker: 'donald-trump',
    about: ['russia'],
    hedge: 'suggested',
    sourcing: 'anonymous',
    through: ['politico'],
    evidence: span('Earlier reports from Politico', 'criticisms of Ukraine.'),
  },
];

const entities: [string, NodeAttrs['kind'], string, string?][] = [
  ['david-ignatius', 'person', 'David Ignatius'],
  ['donald-trump', 'person', 'Donald Trump'],
  ['vladimir-putin', 'person', 'Vladimir Putin'],
  ['washington-post', 'organization', 'The Washington Post'],
  ['politico', 'organization', 'Politico'],
  ['state-duma', 'organization', 'State Duma'],
  ['former-administration-official', 'unnamed-source', 'a former administration official', 'anonymous'],
  ['trumps-aides', 'unnamed-source', 'Trump’s aides', 'anonymous'],
  ['tomahawk', 'weapon', 'Tomahawk cruise missile'],
  ['moscow', 'place', 'Moscow'],
  ['ukraine', 'place', 'Ukraine'],
  ['russia', 'place', 'Russia'],
  ['strategic-ambiguity', 'concept', 'strategic ambiguity'],
  ['closed-door-meeting', 'event', 'closed-door meeting of Trump with aides'],
];

export function seedPayload(): PagePayload {
  const nodes: PagePayload['graph']['nodes'] = [
    { key: ARTICLE, attributes: { kind: 'article', label: 'Trump, Tomahawks and Ukraine', layer: 'fact' } },
    ...entities.map(([slug, kind, label, sourcing]) => ({
      key: id(slug),
      attributes: { kind, label, layer: 'fact' as const, ...(sourcing ? { sourcing } : {}) },
    })),
  ];
  const edges: PagePayload['graph']['edges'] = [];
  const edge = (source: string, target: string, predicate: string, label: string, layer: 'fact' | 'claim' | 'editorial' = 'fact') =>
    edges.push({ source, target, attributes: { predicate, label, layer } });
  edge(IGNATIUS, id('washington-post'), 'schema:worksFor', 'works for');
  edge(id('closed-door-meeting'), TRUMP, 'schema:organizer', 'organizer');
  edge(id('tomahawk'), id('moscow'), 'cg:canStrike', 'can strike', 'claim');
  edge(TRUMP, id('tomahawk'), 'cg:considered', 'considered', 'claim');

  const statements: PagePayload['statements'] = {};
  const details: PagePayload['details'] = {};
  for (const s of specs) {
    const key = `${ARTICLE}/${s.slug}`;
    nodes.push({ key, attributes: { kind: s.kind, label: s.label, layer: 'claim', hedge: s.hedge, sourcing: s.sourcing } });
    edge(key, id(s.speaker), 'cg:holder', 'held by');
    for (const about of s.about) edge(key, id(about), 'schema:about', 'about');
    for (const via of s.through) edge(key, id(via), 'cg:reportStep', 'through');
    const view: StatementView = {
      id: key,
      kind: s.kind,
      label: s.label,
      ...(s.text ? { text: s.text } : {}),
      speaker: { id: id(s.speaker), label: entities.find((e) => e[0] === s.speaker)![2] },
      hedge: s.hedge,
      sourcing: s.sourcing,
      // Stored out of order on purpose: the page must show the chain nearest first.
      chain: [...s.through.map((t, i) => ({ position: i + 2, label: entities.find((e) => e[0] === t)![2] })), { position: 1, label: 'this article' }],
      evidence: s.evidence,
    };
    statements[key] = view;
    for (const k of [key, id(s.speaker), ...s.about.map(id), ...s.through.map(id)]) (details[k] ??= { statements: [] }).statements.push(key);
  }
  const note = `${ARTICLE}/note/excluded-yet-reintroducible`;
  nodes.push({ key: note, attributes: { kind: 'note', label: 'Excluded from aid, yet said to be reintroducible', layer: 'editorial' } });
  edge(note, `${ARTICLE}/claim/considered-supply`, 'oa:hasTarget', 'annotates', 'editorial');
  // A label that tries to end the data script: it must arrive in the page as text.
  nodes.push({ key: id('escape-test'), attributes: { kind: 'concept', label: 'tricky </script><b>bold</b> & \u2028 label', layer: 'fact' } });
  edge(id('escape-test'), ARTICLE, 'schema:mentions', 'mentioned in');
  return { title: 'Trump, Tomahawks and Ukraine', graph: { nodes, edges }, texts: { [ARTICLE]: TEXT }, statements, details };
}

/** ~`order` nodes in loose communities, deterministic (no Math.random), without positions. */
export function syntheticPayload(order = 3000): PagePayload {
  let seed = 42;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const kinds: NodeAttrs['kind'][] = [
    'person',
    'organization',
    'unnamed-source',
    'place',
    'weapon',
    'event',
    'document',
    'concept',
    'claim',
    'quotation',
    'note',
  ];
  const sourcings = ['named-on-record', 'anonymous', 'second-hand', 'article-voice'];
  const hedges = ['none', 'reportedly', 'claimed', 'suggested'];
  const nodes: PagePayload['graph']['nodes'] = [];
  for (let i = 0; i < order; i++) {
    const kind = kinds[i % kinds.length]!;
    const statement = kind === 'claim' || kind === 'quotation';
    nodes.push({
      key: `n${i}`,
      attributes: {
        kind,
        label: `${kind} ${i}`,
        layer: statement ? 'claim' : kind === 'note' ? 'editorial' : 'fact',
        ...(statement ? { hedge: hedges[i % 4]!, sourcing: sourcings[(i >> 2) % 4]! } : {}),
      },
    });
  }
  const edges: PagePayload['graph']['edges'] = [];
  for (let i = 1; i < order; i++) {
    const community = Math.floor(i / 60) * 60;
    for (let j = 0; j < 2; j++) {
      const target = rand() < 0.9 ? community + Math.floor(rand() * Math.min(60, i - community || 1)) : Math.floor(rand() * i);
      if (target !== i) edges.push({ source: `n${i}`, target: `n${target}`, attributes: { predicate: 'ex:rel', label: 'rel', layer: 'fact' } });
    }
  }
  return { title: `Synthetic graph of ${order} nodes`, graph: { nodes, edges }, texts: {}, statements: {}, details: {} };
}
