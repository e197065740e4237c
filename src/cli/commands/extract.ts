/** claimgraph extract: raw article text → a draft annotation (or its compiled graph) for a curator to correct. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { parse, stringify } from 'yaml';
import type { ArticleAnnotation } from '../../authoring/format.js';
import { compileAnnotation } from '../../authoring/compile.js';
import { ClaimGraphError } from '../../errors.js';
import { diffAnnotations, formatDiff } from '../../extract/diff.js';
import { extractArticle, slugOf } from '../../extract/index.js';
import { serializeRdf } from '../../io/serialize.js';
import { defineCommand, type Opts } from '../options.js';

const FORMATS = ['yaml', 'trig', 'nquads', 'jsonld'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSION: Record<Format, string> = { yaml: '.yaml', trig: '.trig', nquads: '.nq', jsonld: '.jsonld' };

/** The .txt files named, and those inside the folders named. */
function textFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new ClaimGraphError(`${p}: no such file or folder. Check the path.`);
    if (statSync(p).isDirectory()) {
      const found = readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(p, f));
      if (!found.length) throw new ClaimGraphError(`${p}: the folder holds no .txt article texts.`);
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

/** One text file's draft, in the format asked for; `at` is the folder the output will be read from. */
async function draftOf(file: string, format: Format, at: string): Promise<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ClaimGraphError(`${file}: cannot read the text (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (!text.trim()) throw new ClaimGraphError(`${file}: the file is empty; give the article's raw text.`);
  const draft = extractArticle(text, { id: slugOf(file), textFile: relative(at, file) || basename(file) });
  const compiled = compileAnnotation(draft, text, file);
  if (format !== 'yaml') return serializeRdf(compiled.quads, format);
  return `# A draft made by ${draft.article.annotator?.name} ${draft.article.annotator?.version} from ${basename(file)}: correct it, then run claimgraph validate.\n${stringify(draft, { lineWidth: 0 })}`;
}

/** An annotation file and the article text it names (beside it, or inline). */
function readAnnotation(file: string): { annotation: ArticleAnnotation; text?: string } {
  let annotation: ArticleAnnotation;
  try {
    annotation = parse(readFileSync(file, 'utf8')) as ArticleAnnotation;
  } catch (e) {
    throw new ClaimGraphError(`${file}: cannot read the annotation (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (!annotation?.article?.text) throw new ClaimGraphError(`${file}: not an annotation; it needs an "article:" section with its text.`);
  if (annotation.article.textIsInline) return { annotation, text: annotation.article.text };
  const textFile = join(dirname(file), annotation.article.text);
  return { annotation, ...(existsSync(textFile) ? { text: readFileSync(textFile, 'utf8') } : {}) };
}

/** The curator's changes from a draft to its corrected annotation, as text or JSON. */
function diffFiles(draftFile: string, curatedFile: string, json: boolean): string {
  const draft = readAnnotation(draftFile);
  const curated = readAnnotation(curatedFile);
  const text = curated.text ?? draft.text;
  if (text === undefined) throw new ClaimGraphError(`${curatedFile}: cannot find the article text "${curated.annotation.article.text}" beside it.`);
  const diff = diffAnnotations(draft.annotation, curated.annotation, text);
  if (json) return JSON.stringify(diff, null, 2);
  return formatDiff(diff, `What the curator changed: ${draftFile} → ${curatedFile}`);
}

export function registerExtract(program: Command): void {
  defineCommand(
    program,
    'diff',
    "what a curator changed in a draft: quotations, statements and entities added, removed or corrected (the extractor's error report)",
    ['claimgraph diff draft.yaml article.yaml', 'claimgraph diff draft.yaml article.yaml --json'],
    { data: false },
  )
    .argument('<draft>', 'the draft annotation, as claimgraph extract wrote it')
    .argument('<curated>', 'the same article’s corrected annotation')
    .option('--json', 'the changes and scores as JSON')
    .action((draftFile: string, curatedFile: string, o: Opts) => {
      process.stdout.write(`${diffFiles(draftFile, curatedFile, !!o.json)}\n`);
    });

  defineCommand(
    program,
    'extract',
    'draft an annotation from raw article text by rule (quotations and their speakers, reported speech, hedges, names): the curator corrects it',
    [
      'claimgraph extract data/articles/trump-tomahawks.txt > draft.yaml',
      'claimgraph extract article.txt --out article.yaml',
      'claimgraph extract article.txt --format trig',
      'claimgraph extract texts/ --out drafts/',
      'claimgraph extract --diff draft.yaml article.yaml',
    ],
    { data: false },
  )
    .argument('<files...>', 'article texts (.txt), or folders of them')
    .option('--out <path>', 'write to this file (one text) or into this folder (several); stdout without it')
    .addOption(new Option('--format <format>', 'yaml: the draft annotation; trig, nquads, jsonld: its compiled graph').choices(FORMATS).default('yaml'))
    .option('--diff', 'compare two annotations instead, DRAFT CURATED: what the curator changed (as claimgraph diff)')
    .action(async (paths: string[], o: Opts) => {
      if (o.diff) {
        if (paths.length !== 2) throw new ClaimGraphError('--diff takes two annotations: the draft, then the corrected one.');
        return void process.stdout.write(`${diffFiles(paths[0]!, paths[1]!, false)}\n`);
      }
      const files = textFiles(paths);
      const format = o.format as Format;
      const many = files.length > 1;
      if (!o.out) {
        // Text files are named relative to the working folder, where the output is redirected to.
        const parts: string[] = [];
        for (const f of files) parts.push(await draftOf(f, format, '.'));
        if (many && format !== 'yaml' && format !== 'nquads')
          throw new ClaimGraphError(`${format} holds one document; give --out <folder> to write one file per text, or use --format nquads.`);
        const body = parts.join(format === 'yaml' ? '---\n' : '');
        return void process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
      }
      const intoFolder = many || (existsSync(o.out) && statSync(o.out).isDirectory()) || o.out.endsWith('/');
      if (intoFolder) mkdirSync(o.out, { recursive: true });
      for (const f of files) {
        const target = intoFolder ? join(o.out, `${slugOf(f)}${EXTENSION[format]}`) : o.out;
        const body = await draftOf(f, format, dirname(target));
        try {
          writeFileSync(target, body.endsWith('\n') ? body : `${body}\n`);
        } catch (e) {
          throw new ClaimGraphError(
            `${target}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the folder exists and is writable.`,
          );
        }
        if (intoFolder) process.stderr.write(`${f} → ${target}\n`);
      }
    });
}
