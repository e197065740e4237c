/** The main job: what the loaded articles hold, and a few competency questions answered with their evidence. */
import type { ClaimGraph } from '../graph.js';
import type { Evidence, Statement } from '../model/types.js';

const sentence = (e: Evidence) => (e.sentences.map((s) => s.text).join(' ') || e.text).replace(/\s+/g, ' ').trim();
const who = (s: Statement) => (s.source.kind === 'voice' ? 'the article itself' : s.source.label);

export function summary(kg: ClaimGraph): string {
  const out: string[] = [];
  const say = (line = '') => out.push(line);
  for (const a of kg.articles()) {
    const c = a.counts;
    say(`${a.label} (${a.id})${a.description ? ` — ${a.description}` : ''}`);
    say(`  ${c.entities} entities · ${c.claims} claims · ${c.quotations} quotations · ${c.weapons} weapons systems · ${c.sources} sources · ${c.sentences} sentences`);
  }
  const answer = (question: string, lines: string[], evidence: Evidence[]) => {
    say();
    say(question);
    for (const l of lines) say(`  ${l}`);
    for (const e of evidence) say(`    evidence [${e.begin}–${e.end}]: ${sentence(e)}`);
  };
  const first = (s: Statement[]) => s.slice(0, 1).map((x) => x.evidence);

  const weapons = kg.weapons();
  answer(
    'Which weapons systems does the article mention?',
    weapons.map((w) => `${w.label} (${w.categoryLabel})${w.range ? `, range ${w.range.value} ${w.range.unit}` : ''}${w.targets.length ? `, said to be able to strike ${w.targets.map((t) => t.label).join(' and ')}` : ''}`),
    weapons.flatMap((w) => (w.range ? kg.evidence(w.range.claim.iri) : [])),
  );

  const quotations = kg.quotations();
  const perSpeaker = new Map<string, number>();
  for (const q of quotations) perSpeaker.set(q.speaker.label, (perSpeaker.get(q.speaker.label) ?? 0) + 1);
  answer(
    `Who is quoted directly? ${quotations.length} quotations:`,
    [...perSpeaker].sort((a, b) => b[1] - a[1]).map(([who, n]) => `${who}: ${n}`),
    first(quotations),
  );

  const considered = kg.claims({ about: 'tomahawk', hedge: 'reportedly' })[0];
  if (considered) {
    answer(
      `How did "${considered.label}" reach the page?`,
      considered.attribution.map((s) => `${s.position}. ${s.label}${s.outlet ? ` (${s.outlet.label})` : ''}${s.position === 1 ? `, hedged "${considered.hedge}"` : ''}`),
      [considered.evidence],
    );
  }

  const outlets = kg.sources().filter((s) => s.outlet);
  answer('Which news outlets are cited as sources?', outlets.map((o) => `${o.label} (${o.statements.length} statements)`), []);

  const dated = kg.events().filter((e) => e.date);
  answer('Which events carry an explicit date?', dated.map((e) => `${e.label}: ${e.date!.value}`), dated.flatMap((e) => kg.evidence(e.iri).slice(0, 1)));

  const hedged = kg.statements({ hedge: 'any' });
  answer('Which statements are hedged, and by which cue?', hedged.map((s) => `"${s.hedge}": ${s.label} (${who(s)})`), []);

  const unnamed = kg.statements({ sourcing: 'anonymous' });
  answer('Which statements rest on unnamed sources?', unnamed.map((s) => `${s.source.label}${s.audience && s.source.kind !== 'unnamed-source' ? ` (reported remark to ${s.audience.label})` : ''}: ${s.label}`), []);

  const supply = kg.claims({ about: 'tomahawk' }).filter((c) => c.content.some((t) => t.predicate === 'cg:considered' || t.predicate === 'cg:excludedFrom'));
  const delivered = kg.claims({ about: 'ukraine' }).some((c) => c.content.some((t) => t.predicate === 'schema:actionStatus' && 'id' in t.object && t.object.id === 'schema:CompletedActionStatus'));
  if (supply.length) {
    answer(
      `Is it asserted anywhere that Ukraine received Tomahawks? ${delivered ? 'Yes.' : 'No:'}`,
      supply.map((c) => `${c.label} (${c.hedged ? `"${c.hedge}", ` : ''}${who(c)})`),
      supply.map((c) => c.evidence),
    );
  }
  return `${out.join('\n')}\n`;
}
