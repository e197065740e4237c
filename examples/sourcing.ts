// Sourcing analysis: who is quoted, which statements rest on unnamed sources, which are hedged.
import { loadArticle } from 'claimgraph';

const kg = await loadArticle();

const perSpeaker = new Map<string, number>();
for (const q of kg.quotations()) perSpeaker.set(q.speaker.label, (perSpeaker.get(q.speaker.label) ?? 0) + 1);
console.log('Quoted:');
for (const [speaker, n] of perSpeaker) console.log(`  ${speaker}: ${n}`);

console.log('Resting on unnamed sources:');
for (const s of kg.statements({ sourcing: 'anonymous' })) {
  const unnamed = s.holder.kind === 'unnamed-source' ? s.holder.label : `${s.audience?.label} (audience of a reported remark)`;
  console.log(`  ${unnamed}: ${s.label}`);
}

console.log('Hedged:');
for (const s of kg.statements({ hedge: 'any' })) console.log(`  "${s.hedge}" — ${s.label}`);

console.log(
  'Outlets cited:',
  kg
    .sources()
    .filter((s) => s.outlet)
    .map((s) => s.label)
    .join(', '),
);
