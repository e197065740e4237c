// The README's "Layout" section names every folder of src/ and nothing that is not there, so a
// new folder (or a removed one) fails here until the README says what it holds; and each folder
// of src/ has tests of its own under test/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';

/** The entries of the README's layout block: top-level names, and the names indented under src/. */
function layout(): { top: string[]; src: string[] } {
  const readme = readFileSync(packagePath('README.md'), 'utf8');
  const block = /\n## Layout\n+```\n([\s\S]*?)\n```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no "## Layout" section with a code block listing the folders.');
  const top: string[] = [];
  const src: string[] = [];
  let inSrc = false;
  for (const line of block.split('\n')) {
    const name = line.trim().split(/\s+/)[0];
    if (!name) continue;
    if (/^\S/.test(line)) {
      top.push(name);
      inSrc = name === 'src/';
    } else if (inSrc) src.push(name);
  }
  return { top, src };
}

describe('README layout', () => {
  it('lists every folder of src/, and only folders that exist', () => {
    const folders = readdirSync(packagePath('src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${d.name}/`)
      .sort();
    const listed = layout()
      .src.filter((n) => n.endsWith('/'))
      .sort();
    expect(listed, 'add the folder to the Layout section of README.md with a line on what it holds, or drop a removed one').toEqual(folders);
  });

  it('gives every folder of src/ a test folder of its own (test/ mirrors src/)', () => {
    const folders = readdirSync(packagePath('src'), { withFileTypes: true }).filter((d) => d.isDirectory());
    const untested = folders
      .map((d) => d.name)
      .filter((name) => !existsSync(packagePath('test', name)) || !readdirSync(packagePath('test', name)).some((f) => f.endsWith('.test.ts')));
    expect(untested, 'add test/<folder>/*.test.ts for these folders of src/').toEqual([]);
  });

  it('names only files and top-level folders that exist', () => {
    const { top, src } = layout();
    for (const name of top) expect(existsSync(packagePath(name)), `README layout names ${name}, which does not exist`).toBe(true);
    for (const name of src) expect(existsSync(packagePath('src', name)), `README layout names src/${name}, which does not exist`).toBe(true);
  });
});
