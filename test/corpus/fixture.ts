// A third, invented mini article for corpus tests: it reuses the fictitious analyst of the second
// article under the same id, and names Trump under another IRI with the same Wikidata item.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../../src/authoring/builder.js';

const THIRD_TEXT = 'Halvard Brekke argued in a column that Trump would decide alone. “The question is no longer range but resolve,” Brekke wrote.';

export function thirdArticleFile(): string {
  const a = article({
    id: 'brekke-column',
    title: 'Brekke’s column (invented)',
    text: THIRD_TEXT,
    description: 'An invented example article for the corpus tests.',
  });
  const brekke = a.entity('halvard-brekke', { type: 'Person', label: 'Halvard Brekke (invented)', names: ['Halvard Brekke', 'Brekke'] });
  const trump = a.entity('trump', { type: 'Person', label: 'Donald J. Trump', names: ['Trump'], wikidata: 'Q22686' });
  const column = a.entity('brekke-column-text', { type: 'NewsArticle', label: 'Brekke’s column', names: ['a column'], author: brekke });
  // Brekke's own column: he is its author, so the claim is on record, not relayed by an intermediary.
  a.claim({
    id: 'decide-alone',
    label: 'Trump would decide alone',
    evidence: 'argued in a column that Trump would decide alone',
    holder: brekke,
    via: [column],
    sourcing: 'named-on-record',
    channel: 'written',
    about: [trump],
  });
  a.quotation({
    id: 'resolve',
    parts: ['The question is no longer range but resolve,'],
    holder: brekke,
    via: [column],
    verb: 'wrote',
    channel: 'written',
    about: [trump],
  });
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-corpus-'));
  const file = join(dir, 'brekke-column.yaml');
  writeFileSync(file, JSON.stringify(a.build(), null, 2));
  return file;
}
