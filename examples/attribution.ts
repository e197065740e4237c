// Chains of reports: how each statement reached the page, nearest first.
import { loadArticle } from 'claimgraph';

const kg = await loadArticle();
for (const s of kg.statements()) {
  if (s.attribution.length < 3 && s.sourcing !== 'second-hand') continue;
  const chain = s.attribution.map((step) => step.label + (step.outlet ? ` [${step.outlet.label}]` : '')).join(' ← ');
  console.log(`${s.label}\n  ${chain}${s.hedged ? `  (hedged: "${s.hedge}")` : ''}`);
}
