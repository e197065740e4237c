import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspect } from 'node:util';
import { asDisplay, display, JUPYTER_DISPLAY, mimeBundle } from '../../src/render/display.js';

afterEach(() => {
  delete (globalThis as { Deno?: unknown }).Deno;
});

describe('notebook display', () => {
  it('gives tables an HTML and a plain-text form', () => {
    const bundle = mimeBundle([{ who: 'Donald Trump', quotations: 3 }]);
    expect(bundle['text/html']).toContain('<td style="text-align:left">Donald Trump</td>');
    expect(bundle['text/plain']).toContain('Donald Trump');
  });

  it('gives SVG text the image/svg+xml type', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    const bundle = mimeBundle(svg);
    expect(bundle['image/svg+xml']).toBe(svg);
    expect(bundle['text/html']).toBeUndefined();
    expect(mimeBundle('plain words')).toEqual({ 'text/plain': 'plain words' });
  });

  it('follows the Jupyter.display convention both ways', () => {
    const shown = asDisplay({ claims: 19 });
    expect(JUPYTER_DISPLAY).toBe(Symbol.for('Jupyter.display'));
    const bundle = (shown as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]!();
    expect(bundle['text/html']).toContain('<td style="text-align:left">claims</td>');
    // Values that bring their own bundle keep it.
    const custom = { [Symbol.for('Jupyter.display')]: () => ({ 'text/plain': 'mine', 'text/markdown': '*mine*' }) };
    expect(mimeBundle(custom)).toEqual({ 'text/plain': 'mine', 'text/markdown': '*mine*' });
    // Outside a kernel the wrapper prints as text.
    expect(String(shown)).toContain('claims');
    expect(inspect(shown)).toBe(String(shown));
  });

  it('returns plain text outside a kernel', () => {
    expect(display([{ a: 1 }])).toBe('a\n─\n1');
  });

  it("hands Deno's kernel the whole bundle", () => {
    const calls: unknown[][] = [];
    (globalThis as { Deno?: unknown }).Deno = { jupyter: { display: vi.fn(async (...args: unknown[]) => void calls.push(args)) } };
    expect(display([{ a: 1 }])).toBeUndefined();
    expect(calls[0]![1]).toEqual({ raw: true });
    expect(Object.keys(calls[0]![0] as object).sort()).toEqual(['text/html', 'text/plain']);
  });
});

describe('inside tslab', () => {
  it("sends HTML tables and SVG pictures through the kernel's own display object", async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    // Loading tslab's kernel module is what a tslab process has done; wire its output to a list.
    const kernel = require('tslab/dist/jupyter.js') as { lastWriteDisplayData: unknown };
    const sent: { data: Record<string, string> }[] = [];
    kernel.lastWriteDisplayData = (msg: { data: Record<string, string> }) => sent.push(msg);
    expect(display([{ who: 'Donald Trump' }])).toBeUndefined();
    expect(display('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBeUndefined();
    expect(Object.keys(sent[0]!.data)).toEqual(['text/html']);
    expect(sent[0]!.data['text/html']).toContain('Donald Trump');
    expect(Object.keys(sent[1]!.data)).toEqual(['image/svg+xml']);
  }, 20_000);
});
