/** The main job: what each loaded article holds, and competency questions answered, each line with its evidence. */
import type { ClaimGraph } from '../graph.js';
import type { Article, Evidence, Statement } from '../model/types.js';
import { formatRange } from '../model/range.js';

/** One answer line and the article text behind it. */
interface Line {
  text: string;
  evidence?: Evidence | undefined;
}

const sentence = (e: Evidence) => (e.sentences.map((s) => s.text).join(' ') || e.text).replace(/\s+/g, ' ').trim();
const who = (s: Statement) => (s.holder.kind === 'voice' ? 'the article itself' : s.holder.label);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Competency questions (numbered as in the project's list) answered over one article. */
function answers(kg: ClaimGraph, article: string): [string, Line[]][] {
  const f = { article };
  const firstMention = (iri: string) => kg.evidence(iri).sort((a, b) => a.begin - b.begin)[0];
  const qa: [string, Line[]][] = [];

  const weapons = kg.weapons(f);
  qa.push(['CQ1 Which weapons systems does the article mention?', weapons.map((w) => ({
    text: `${w.label} (${w.categoryLabel})${w.range ? `, range ${formatRange(w.range)}` : ''}${w.targets.length ? `, said to be able to strike ${w.targets.map((t) => t.label).join(' and ')}` : ''}`,
    evidence: firstMention(w.iri),
  }))]);

  const quotations = kg.quotations(f);
  const bySpeaker = new Map<string, Statement[]>();
  for (const q of quotations) bySpeaker.set(q.holder.label, [...(bySpeaker.get(q.holder.label) ?? []), q]);
  qa.push([`CQ4 Who is quoted directly, and how often? ${plural(quotations.length, 'quotation')}:`, [...bySpeaker]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([speaker, list]) => ({ text: `${speaker}: ${list.length}`, evidence: list[0]!.evidence }))]);

  qa.push(['CQ6 Which statements rest on unnamed sources?', kg.statements({ ...f, sourcing: 'anonymous' }).map((s) => ({
    text: `${s.holder.label}${s.audience && s.holder.kind !== 'unnamed-source' ? ` (reported remark to ${s.audience.label})` : ''}: ${s.label}`,
  }))]);

  const considered = kg.claims({ ...f, about: 'tomahawk', hedge: 'reportedly' })[0];
  if (considered) {
    qa.push([`CQ7 How did "${considered.label}" reach the page?`, considered.attribution.map((s, i) => ({
      text: `${s.position}. ${s.label}${s.outlet ? ` (${s.outlet.label})` : ''}${s.position === 1 && considered.hedged ? `, hedged "${considered.hedge}"` : ''}`,
      evidence: i === 0 ? considered.evidence : undefined,
    }))]);
  }

  const outlets = kg.sources(f).filter((s) => s.outlet);
  qa.push(['CQ8 Which news outlets are cited as sources?', outlets.map((o) => ({ text: `${o.label} (${plural(o.statements.length, 'statement')})`, evidence: firstMention(o.iri) }))]);

  const dated = kg.events(f).filter((e) => e.date);
  qa.push(['CQ10 Which events carry an explicit date?', dated.map((e) => ({ text: `${e.label}: ${e.date!.value}`, evidence: firstMention(e.iri) }))]);

  qa.push(['CQ13 Which statements are hedged, and by which cue?', kg.statements({ ...f, hedge: 'any' }).map((s) => ({ text: `"${s.hedge}": ${s.label} (${who(s)})`, evidence: s.evidence }))]);

  const supply = kg.claims({ ...f, about: 'tomahawk' }).filter((c) => c.content.some((t) => t.predicate === 'cg:considered' || t.predicate === 'cg:excludedFrom'));
  if (supply.length) {
    const delivered = kg.claims({ ...f, about: 'ukraine' }).some((c) => c.content.some((t) => t.predicate === 'schema:actionStatus' && 'id' in t.object && t.object.id === 'schema:CompletedActionStatus'));
    qa.push([`CQ16 Is it asserted anywhere that Ukraine received Tomahawks? ${delivered ? 'Yes.' : 'No; only:'}`, supply.map((c) => ({
      text: `${c.label} (${c.hedged ? `"${c.hedge}", ` : ''}${who(c)})`,
      evidence: c.evidence,
    }))]);
  }
  return qa;
}

function header(a: Article): string[] {
  const c = a.counts;
  return [
    `${a.label} (${a.id})${a.description ? ` — ${a.description}` : ''}`,
    `  ${c.entities} entities · ${c.claims} claims · ${c.quotations} quotations · ${c.weapons} weapons systems · ${c.sources} sources · ${c.sentences} sentences`,
  ];
}

export function summary(kg: ClaimGraph): string {
  const out: string[] = [];
  const articles = kg.articles();
  if (!articles.length) return 'No article in the loaded graph (no schema:NewsArticle with a text). Check the files given to --data.\n';
  for (const a of articles) {
    if (out.length) out.push('', '─'.repeat(40), '');
    out.push(...header(a));
    for (const [question, lines] of answers(kg, a.iri)) {
      out.push('', question);
      if (!lines.length) out.push('  (none)');
      for (const l of lines) {
        out.push(`  ${l.text}`);
        if (l.evidence) out.push(`    evidence [${l.evidence.begin}–${l.evidence.end}]: ${sentence(l.evidence)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
