// Each runnable example prints answers that the article supports.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const run = (name: string) => execFileSync(process.execPath, ['--import', 'tsx', `examples/${name}.ts`], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('examples', () => {
  it('quick-start: counts, one answer three ways', () => {
    const out = run('quick-start');
    expect(out).toContain('23 claims, 7 quotations, 3 weapons systems');
    expect(out).toContain('3 quotations by Donald Trump');
    expect(out).toMatch(/SPARQL agrees: 3\n/);
    expect(out).toMatch(/Trump to Moscow: Donald Trump → .* → Moscow/);
  });

  it('sourcing: speakers, unnamed sources, hedges, outlets', () => {
    const out = run('sourcing');
    for (const line of ['Donald Trump: 3', 'David Ignatius: 2', 'a former administration official: 1', 'a Duma spokesperson: 1']) expect(out).toContain(line);
    for (const unnamed of [
      'Trump’s aides (audience of a reported remark)',
      'Trump’s inner circle:',
      'Duma officials:',
      'some analysts:',
      'others (who warn of escalation):',
    ])
      expect(out).toContain(unnamed);
    expect(out.match(/^ {2}"(reportedly|notes|suggested|claimed)"/gm)).toHaveLength(5);
    expect(out).toContain('Outlets cited: Politico, The Washington Post');
  });

  it('weapons: categories, the ATACMS range, Tomahawk targets and uses', () => {
    const out = run('weapons');
    expect(out).toContain('ATACMS — ballistic missile');
    expect(out).toContain('range: 300 km');
    expect(out).toContain('can strike: Moscow, St. Petersburg');
    expect(out.match(/used in: U\.S\. military operations against Iran/g)).toHaveLength(2);
    expect(out).toContain('evidence: capable of reaching 300 kilometers');
  });

  it('attribution: chains through the Washington Post and Politico', () => {
    const out = run('attribution');
    expect(out).toContain('this article ← David Ignatius’s recent Washington Post article [The Washington Post]  (hedged: "reportedly")');
    expect(out).toContain('this article ← Politico’s earlier reports [Politico] ← a former administration official');
    // "reportedly" with no named source adds the unnamed step between the article and Trump
    expect(out).toContain('this article ← unspecified source (Trump, Tomahawks and Ukraine) ← Donald Trump');
    // "The article" is read as Politico's reporting: an inference, marked with its reason
    expect(out).toMatch(/step 2 inferred: .*The article/);
  });

  it('traversal: neighbours, a path from Ignatius to Moscow, central people', () => {
    const out = run('traversal');
    expect(out).toMatch(/Within one hop of David Ignatius: \d+ nodes, including The Washington Post/);
    expect(out).toMatch(/From Ignatius to Moscow:\n {2}David Ignatius /);
    expect(out).toMatch(/Moscow\n/);
    expect(out).toMatch(/Most central people: .*Donald Trump/);
  });
});
