// The bundled named queries: listed, loaded, and an unknown name answered with close ones.
import { describe, expect, it } from 'vitest';
import { UnknownEntityError } from '../../src/errors.js';
import { checkQuery } from '../../src/sparql/guard.js';
import { listNamedQueries, namedQuery } from '../../src/sparql/named.js';

describe('named queries', () => {
  it('lists cq-1 … cq-16 in numeric order', () => {
    const names = listNamedQueries();
    expect(names.slice(0, 3)).toEqual(['cq-1', 'cq-2', 'cq-3']);
    expect(names).toContain('cq-16');
    expect(names.indexOf('cq-10')).toBeGreaterThan(names.indexOf('cq-9'));
  });

  it('loads each one, and each parses with the predeclared prefixes', () => {
    for (const name of listNamedQueries()) {
      const text = namedQuery(name);
      expect(text.length, name).toBeGreaterThan(20);
      expect(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']).toContain(checkQuery(text).form);
    }
  });

  it('an unknown name throws UnknownEntityError with close names', () => {
    const error = (() => {
      try {
        namedQuery('cq-17');
      } catch (e) {
        return e as UnknownEntityError;
      }
    })();
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect(error!.suggestions).toContain('cq-1');
    expect(error!.message).toMatch(/Unknown named query "cq-17"\. Did you mean "cq-1/);
    expect(() => namedQuery('../../package')).toThrow(UnknownEntityError);
  });
});
