// The typed builder: the same annotation as a file, compiled by the same compiler; misspelt ids fail.
import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/authoring/builder.js';
import { compileAnnotationSource } from '../../src/authoring/read.js';
import { AnnotationError } from '../../src/errors.js';
import { PREFIXES, prov } from '../../src/vocab.js';

const TEXT = 'Halvard Brekke, an invented analyst, said Vladimir Putin “reads every delay as a concession.” No decision was announced.';

function sample() {
  const a = article({ id: 'builder-sample', title: 'A builder sample (invented)', text: TEXT, description: 'An invented example article for the builder test.', entities: { 'vladimir-putin': { type: 'Person', label: 'Vladimir Putin', names: ['Vladimir Putin'], wikidata: 'Q7747' } } });
  const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke (invented)', names: ['Halvard Brekke'], described: ['an invented analyst'] });
  const delay = a.quotation({ id: 'delay', parts: ['reads every delay as a concession.'], speaker: brekke, verb: 'said', channel: 'statement', about: ['vladimir-putin'] });
  a.claim({ id: 'no-decision', label: 'No decision was announced', evidence: 'No decision was announced.', source: 'article', opposes: [delay] });
  return { a, brekke, delay };
}

describe('article() builder', () => {
  it('returns typed handles and builds the annotation a file would hold', () => {
    const { a, brekke, delay } = sample();
    expect(brekke).toBe('halvard-brekke');
    expect(delay).toBe('delay');
    const built = a.build();
    expect(built.article).toMatchObject({ id: 'builder-sample', textIsInline: true, text: TEXT });
    expect(Object.keys(built.entities)).toEqual(['vladimir-putin', 'halvard-brekke']);
    expect(built.quotations?.[0]?.speaker).toBe('halvard-brekke');
  });

  it('compiles through the same compiler as a YAML or JSON file', () => {
    const { a } = sample();
    const compiled = a.compile();
    const fromJson = compileAnnotationSource(JSON.stringify(a.build()), { file: 'sample.json' });
    expect(isomorphic(compiled.quads, fromJson.quads)).toBe(true);
    const speaker = compiled.quads.find((q) => q.subject.value.endsWith('/quote/delay') && q.predicate.equals(prov.wasAttributedTo));
    expect(speaker?.object).toEqual(DataFactory.namedNode(`${PREFIXES.id}halvard-brekke`));
  });

  it('catches misspelt references: at compile time by type, and at run time by the compiler', () => {
    const a = article({ id: 'typo', title: 'Typo', text: TEXT });
    const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke', names: ['Halvard Brekke'] });
    // @ts-expect-error: a plain string that is neither a handle nor declared in article({ entities })
    a.claim({ id: 'x', label: 'x', evidence: 'No decision was announced.', source: 'halvard-breke', channel: 'statement' });
    expect(() => a.compile()).toThrow(/unknown entity "halvard-breke".*"halvard-brekke"/);
    expect(() => a.entity('halvard-brekke', { type: 'Person', label: 'again' })).toThrow(AnnotationError);
    expect(brekke).toBe('halvard-brekke');
  });
});
