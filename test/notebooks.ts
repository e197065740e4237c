// Reading a notebook that Jupyter executed: its code cells and what they printed.
import { readFileSync } from 'node:fs';

export interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
}

/** A notebook field that may be one string or a list of lines, as one string. */
export const outputText = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('') : (v ?? ''));

/** The code cells of an executed notebook and all their outputs, in order. */
export function executedNotebook(path: string): { code: { outputs?: NotebookOutput[] }[]; outputs: NotebookOutput[] } {
  const nb = JSON.parse(readFileSync(path, 'utf8')) as { cells: { cell_type: string; outputs?: NotebookOutput[] }[] };
  const code = nb.cells.filter((c) => c.cell_type === 'code');
  return { code, outputs: code.flatMap((c) => c.outputs ?? []) };
}
