// Chains of reports: how each statement reached the page, nearest first. A step the
// curator inferred rather than read is marked with the reason.
import { loadArticle } from 'claimgraph';

const kg = await loadArticle();
for (const s of kg.statements()) {
  if (s.attribution.length < 3 && !s.attribution.some((step) => step.outlet)) continue;
  const chain = s.attribution.map((step) => step.label + (step.outlet ? ` [${step.outlet.label}]` : '')).join(' ← ');
  console.log(`${s.label}\n  ${chain}${s.hedged ? `  (hedged: "${s.hedge}")` : ''}`);
  for (const step of s.attribution) if (step.inference) console.log(`  step ${step.position} inferred: ${step.inference}`);
}
