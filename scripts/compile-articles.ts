// Compiles every annotation under data/articles (or the files given) into the TriG beside it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAnnotationFile } from '../src/authoring/read.js';
import { serializeRdf } from '../src/io/serialize.js';

const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'data', 'articles');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(dir, f));
for (const file of files) {
  const compiled = compileAnnotationFile(file);
  const out = file.replace(/\.ya?ml$/, '.trig');
  const header = `# Compiled from ${file.split('/').pop()} by \`npm run compile\`; edit the annotation, not this file.\n`;
  writeFileSync(out, header + (await serializeRdf(compiled.quads, 'trig')));
  console.log(`${out}: ${compiled.quads.length} quads`);
}
