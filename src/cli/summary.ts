/**
 * The main job: what each loaded article holds and what it says, computed from the graph
 * alone (no story's names in the code), each answer with its evidence sentence; on a
 * corpus, then what the articles share.
 */
import type { ClaimGraph } from '../graph.js';
import { formatRange } from '../model/range.js';
import type { Article, Evidence, Statement } from '../model/types.js';

/** One answer line and the article text behind it. */
interface Line {
  text: string;
  evidence?: Evidence | undefined;
}
type Section = [question: string, lines: Line[]];

const sentence = (e: Evidence) => (e.sentences.map((s) => s.text).join(' ') || e.text).replace(/\s+/g, ' ').trim();
const who = (s: Statement) => (s.holder.kind === 'voice' ? 'the article itself' : s.holder.label);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const chain = (s: Statement) =>
  s.attribution.map((step) => step.label + (step.outlet ? ` (${step.outlet.label})` : '') + (step.inference ? ' [inferred]' : '')).join(' ← ');

/** The questions any article answers, over one article. */
function answers(kg: ClaimGraph, article: string): Section[] {
  const f = { article };
  const firstMention = (iri: string) => kg.evidence(iri).sort((a, b) => a.begin - b.begin)[0];
  const statements = kg.statements(f);
  const qa: Section[] = [];

  const quotations = kg.quotations(f);
  const bySpeaker = new Map<string, Statement[]>();
  for (const q of quotations) bySpeaker.set(q.holder.label, [...(bySpeaker.get(q.holder.label) ?? []), q]);
  qa.push([
    `Who is quoted directly, and how often? ${plural(quotations.length, 'quotation')}:`,
    [...bySpeaker].sort((a, b) => b[1].length - a[1].length).map(([speaker, list]) => ({ text: `${speaker}: ${list.length}`, evidence: list[0]!.evidence })),
  ]);

  qa.push([
    'Which statements rest on unnamed sources?',
    kg.statements({ ...f, sourcing: 'anonymous' }).map((s) => ({
      text: `${s.label} (${chain(s)})`,
      evidence: s.evidence,
    })),
  ]);

  qa.push([
    'Which statements are hedged, and by which cue?',
    kg.statements({ ...f, hedge: 'any' }).map((s) => ({ text: `"${s.reportingVerb ?? s.hedge}" (${s.hedge}): ${s.label} (${who(s)})`, evidence: s.evidence })),
  ]);

  const doubted = statements.filter((s) => s.factuality.certainty === 'possible' || s.factuality.certainty === 'probable');
  qa.push([
    'Which statements are only possible or probable, and by which cue?',
    doubted.map((s) => ({
      text: `${s.factuality.certainty}${s.factuality.certaintyCue ? ` ("${s.factuality.certaintyCue}")` : ''}: ${s.label} (${who(s)})`,
      evidence: s.evidence,
    })),
  ]);

  const disputes = statements.filter((s) => s.factuality.polarity === 'negated' || s.denies.length || s.corrects.length || s.retracts.length);
  qa.push([
    'What is denied, negated, corrected or retracted?',
    disputes.map((s) => {
      const target = [
        ...s.denies.map((t) => `denies "${t.label}"`),
        ...s.corrects.map((t) => `corrects "${t.label}"`),
        ...s.retracts.map((t) => `retracts "${t.label}"`),
      ];
      const negated = s.factuality.polarity === 'negated' ? `negated${s.factuality.polarityCue ? ` ("${s.factuality.polarityCue}")` : ''}` : '';
      return { text: `${[negated, ...target].filter(Boolean).join('; ')}: ${s.label} (${who(s)})`, evidence: s.evidence };
    }),
  ]);

  const outlets = kg.sources(f).filter((s) => s.outlet);
  qa.push([
    'Which news outlets are cited as sources?',
    outlets.map((o) => ({ text: `${o.label} (${plural(o.statements.length, 'statement')})`, evidence: firstMention(o.iri) })),
  ]);

  const relayed = statements.filter((s) => s.attribution.length > 2 || s.attribution.some((step) => step.document && step.position > 1));
  qa.push([
    'Which statements reached the page through other hands, and which?',
    relayed.map((s) => ({ text: `${s.label}: ${chain(s)}`, evidence: s.evidence })),
  ]);

  const dated = kg.events(f).filter((e) => e.date);
  qa.push([
    'Which events carry an explicit date, and who says so?',
    dated.map((e) => ({
      text: `${e.label}: ${e.date!.value}${e.reportedBy?.length ? ` (reported by ${e.reportedBy.map((r) => `"${r.label}"`).join(', ')}, not asserted by the article)` : ''}`,
      evidence: firstMention(e.iri),
    })),
  ]);

  const weapons = kg.weapons(f);
  if (weapons.length) {
    qa.push([
      'Which weapons systems are mentioned, and what is said of them?',
      weapons.map((w) => ({
        text: `${w.label} (${w.categoryLabel})${w.range ? `, range ${formatRange(w.range)}` : ''}${w.targets.length ? `, said to be able to strike ${w.targets.map((t) => t.label).join(' and ')}` : ''}`,
        evidence: firstMention(w.iri),
      })),
    ]);
  }

  const notes = kg.notes(f);
  if (notes.length)
    qa.push([`What did the curator flag? ${plural(notes.length, 'note')}:`, notes.map((n) => ({ text: `${n.motivation}: ${n.text.replace(/\s+/g, ' ')}` }))]);
  return qa;
}

/** The questions a corpus answers across its articles. */
function acrossArticles(kg: ClaimGraph): Section[] {
  const all = kg.statements();
  const byIri = new Map(all.map((s) => [s.iri, s]));
  const articleOf = (iri: string) => byIri.get(iri)?.article;
  const qa: Section[] = [];

  // One line per claim, however many of its records point at the others.
  const seen = new Set<string>();
  const same: Line[] = [];
  for (const s of all) {
    if (!s.sameClaimAs.length || seen.has(s.iri)) continue;
    const records = [s, ...s.sameClaimAs.map((r) => byIri.get(r.iri)).filter((o): o is Statement => !!o)];
    for (const r of records) seen.add(r.iri);
    same.push({
      text: `${s.label}: ${records.map((o) => `${o.article.label} (${o.hedge === 'none' ? 'unhedged' : `"${o.hedge}"`}, ${o.sourcing})`).join(' / ')}`,
      evidence: s.evidence,
    });
  }
  qa.push(['Which claims appear in several articles, and how is each hedged there?', same]);

  const cross = all.flatMap((s) =>
    (['supports', 'opposes', 'denies', 'corrects', 'retracts'] as const).flatMap((rel) =>
      s[rel]
        .filter((t) => articleOf(t.iri) && articleOf(t.iri)!.iri !== s.article.iri)
        .map((t) => ({ text: `${s.label} (${s.article.label}) ${rel} "${t.label}" (${articleOf(t.iri)!.label})`, evidence: s.evidence })),
    ),
  );
  qa.push(['Which statements support, oppose, deny or correct one in another article?', cross]);

  const citedIn = new Map<string, { label: string; articles: Set<string> }>();
  for (const s of all) {
    for (const step of s.attribution.slice(1)) {
      const source = step.agent ?? step.outlet;
      if (!source) continue;
      const entry = citedIn.get(source.iri) ?? { label: source.label, articles: new Set<string>() };
      entry.articles.add(s.article.label);
      citedIn.set(source.iri, entry);
    }
  }
  const shared = [...citedIn.values()].filter((e) => e.articles.size > 1);
  qa.push(['Which sources are cited by several articles?', shared.map((e) => ({ text: `${e.label}: ${[...e.articles].join('; ')}` }))]);
  return qa;
}

function header(a: Article): string[] {
  const c = a.counts;
  return [
    `${a.label} (${a.id})${a.description ? ` — ${a.description}` : ''}`,
    `  ${c.entities} entities · ${c.claims} claims · ${c.quotations} quotations · ${c.weapons} weapons systems · ${c.sources} sources · ${c.sentences} sentences`,
  ];
}

function print(out: string[], sections: Section[]): void {
  for (const [question, lines] of sections) {
    out.push('', question);
    if (!lines.length) out.push('  (none)');
    for (const l of lines) {
      out.push(`  ${l.text}`);
      if (l.evidence) out.push(`    evidence [${l.evidence.begin}–${l.evidence.end}]: ${sentence(l.evidence)}`);
    }
  }
}

export function summary(kg: ClaimGraph): string {
  const out: string[] = [];
  const articles = kg.articles();
  if (!articles.length) return 'No article in the loaded graph (no schema:NewsArticle with a text). Check the files given to --data.\n';
  for (const a of articles) {
    if (out.length) out.push('', '─'.repeat(40), '');
    out.push(...header(a));
    print(out, answers(kg, a.iri));
  }
  if (articles.length > 1) {
    const total = (k: keyof Article['counts']) => articles.reduce((n, a) => n + a.counts[k], 0);
    out.push(
      '',
      '═'.repeat(40),
      '',
      `The corpus: ${plural(articles.length, 'article')} · ${total('claims')} claims · ${total('quotations')} quotations · ${kg.entities().length} entities`,
    );
    print(out, acrossArticles(kg));
  }
  return `${out.join('\n')}\n`;
}
