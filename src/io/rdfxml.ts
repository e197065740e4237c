/**
 * RDF/XML, read with rdfxml-streaming-parser (loaded on first use) into n3's terms. The whole
 * text is parsed before anything is returned, so a fault anywhere loads nothing.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { createRequire } from 'node:module';
import { ParseError } from '../errors.js';

const require = createRequire(import.meta.url);

export function parseRdfXml(text: string, source: string, baseIRI?: string): Promise<Quad[]> {
  const { RdfXmlParser } = require('rdfxml-streaming-parser') as typeof import('rdfxml-streaming-parser');
  const parser = new RdfXmlParser({ dataFactory: DataFactory as never, baseIRI, trackPosition: true });
  const quads: Quad[] = [];
  return new Promise((resolve, reject) => {
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', (e: Error) => {
      // With trackPosition the parser's message starts with the place: "4:68: unexpected close tag".
      const m = /^(\d+):(\d+):\s*/.exec(e.message);
      const line = m ? Number(m[1]) : undefined;
      const column = m ? Number(m[2]) : undefined;
      const reason = e.message.slice(m?.[0].length ?? 0).replace(/\.$/, '');
      reject(
        new ParseError(
          `${source}:${line ?? '?'}${column ? `:${column}` : ''}: ${reason}. Check the RDF/XML at that place; if the file is another format, pass { format }.`,
          source,
          line,
          column,
          { cause: e },
        ),
      );
    });
    parser.on('end', () => resolve(quads));
    parser.end(text);
  });
}
