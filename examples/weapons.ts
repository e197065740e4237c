// Weapons systems and their capabilities, each with the claim that states it.
import { formatRange, loadArticle } from 'claimgraph';

const kg = await loadArticle();
for (const w of kg.weapons()) {
  console.log(`${w.label} — ${w.categoryLabel}`);
  if (w.range) console.log(`  range: ${formatRange(w.range)} (stated by ${w.range.claim.label})`);
  if (w.targets.length) console.log(`  can strike: ${w.targets.map((t) => t.label).join(', ')}`);
  if (w.usedIn.length) console.log(`  used in: ${w.usedIn.map((e) => e.label).join(', ')}`);
  for (const claim of w.statedIn) console.log(`  evidence: ${kg.evidence(claim.iri)[0]!.text.replace(/\s+/g, ' ')}`);
}
