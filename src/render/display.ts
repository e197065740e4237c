/**
 * Rich output in notebooks. Values become MIME bundles; kernels that follow Deno's
 * `Symbol.for('Jupyter.display')` convention render them by themselves, tslab through
 * its `display` object, and everything else gets plain text.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inspect } from 'node:util';
import { htmlTable, textTable, type TableOptions } from './table.js';

export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display') as never;

export interface MimeBundle {
  'text/plain': string;
  'text/html'?: string;
  'image/svg+xml'?: string;
  [mime: string]: string | undefined;
}

export type DisplayOptions = TableOptions;

/** A value that shows itself: a MIME bundle for kernels, plain text for `String()` and `console.log`. */
export class Displayable {
  readonly #bundle: MimeBundle;
  constructor(bundle: MimeBundle) {
    this.#bundle = bundle;
  }
  [JUPYTER_DISPLAY](): MimeBundle {
    return { ...this.#bundle };
  }
  toString(): string {
    return this.#bundle['text/plain'];
  }
  [inspect.custom](): string {
    return this.toString();
  }
}

const isSvg = (s: string) => /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(s);

/** The MIME bundle of a value: its own when it has one, an SVG for SVG text, else a table. */
export function mimeBundle(value: unknown, options: DisplayOptions = {}): MimeBundle {
  const own = (value as { [JUPYTER_DISPLAY]?: unknown } | null | undefined)?.[JUPYTER_DISPLAY];
  if (typeof own === 'function') return own.call(value) as MimeBundle;
  if (typeof value === 'string') {
    // The text form of a picture says what it is rather than dumping the markup.
    if (isSvg(value)) return { 'image/svg+xml': value, 'text/plain': `[SVG picture, ${value.length} characters]` };
    return { 'text/plain': value };
  }
  if (value === null || typeof value !== 'object') return { 'text/plain': String(value) };
  return { 'text/html': htmlTable(value, options), 'text/plain': textTable(value, { maxWidth: 60, ...options }) };
}

/** Wrap a value so that a kernel renders it (Deno's convention); prints as a plain-text table elsewhere. */
export function asDisplay(value: unknown, options: DisplayOptions = {}): Displayable {
  return new Displayable(mimeBundle(value, options));
}

const require = createRequire(import.meta.url);

/**
 * tslab's public module, when this process is a tslab kernel. Found through the module
 * cache so that it is the kernel's own instance (the one wired to the Jupyter socket);
 * outside tslab nothing is loaded.
 */
function tslabDisplay(): { html(s: string): void; svg(s: string): void; text(s: string): void } | undefined {
  const kernelModule = Object.keys(require.cache).find((k) => /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(k));
  if (!kernelModule) return undefined;
  try {
    return (require(join(dirname(kernelModule), 'public.js')) as { display: ReturnType<typeof tslabDisplay> }).display;
  } catch {
    return undefined;
  }
}

type DenoJupyter = { display(obj: unknown, options: { raw: boolean }): Promise<void> };
const denoJupyter = (): DenoJupyter | undefined => (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno?.jupyter;

/**
 * Show a value now. In tslab: HTML (tables) or SVG (pictures) as display data; in Deno's
 * kernel: the whole MIME bundle. Returns undefined there, and the plain text anywhere else.
 */
export function display(value: unknown, options: DisplayOptions = {}): string | undefined {
  const bundle = mimeBundle(value, options);
  const tslab = tslabDisplay();
  if (tslab) {
    if (bundle['image/svg+xml']) tslab.svg(bundle['image/svg+xml']);
    else if (bundle['text/html']) tslab.html(bundle['text/html']);
    else tslab.text(bundle['text/plain']);
    return undefined;
  }
  const deno = denoJupyter();
  if (deno) {
    void deno.display(bundle, { raw: true });
    return undefined;
  }
  return bundle['text/plain'];
}
