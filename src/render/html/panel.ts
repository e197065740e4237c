/** The side panel: one card per claim or quotation, with its evidence marked in the article text. */
import type { NodeAttrs, StatementView } from './types.js';
import { KIND_COLOURS, colourFor, SOURCING_COLOURS } from './visual.js';

export interface StatementFilter {
  hedge: string;
  sourcing: string;
  /** Article IRI, or '' for every article. */
  article: string;
}

export const matchesFilter = (s: { hedge?: string; sourcing?: string }, f: StatementFilter): boolean =>
  (!f.hedge || s.hedge === f.hedge) && (!f.sourcing || s.sourcing === f.sourcing);

/** A card is shown when its statement passes the filters and comes from the chosen article. */
const cardShown = (s: StatementView, f: StatementFilter): boolean => matchesFilter(s, f) && (!f.article || s.evidence.article === f.article);

/** Element builder; children given as strings become text nodes, so nothing from the data is parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Evidence offsets count code points (RFC 5147); JS strings index UTF-16 units. */
function unitIndex(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/** `text` with [begin, end) wrapped in <mark>; `context` limits how much is shown around it. */
function marked(text: string, begin: number, end: number, context = Infinity): Node[] {
  const from = Math.max(0, begin - context),
    to = Math.min(text.length, end + context);
  // Cut the excerpt at line breaks so it shows the paragraph around the span, not a random window.
  const start = context === Infinity ? 0 : Math.max(from, text.lastIndexOf('\n', begin) + 1);
  const stopAt = text.indexOf('\n', end);
  const stop = context === Infinity ? text.length : Math.min(to, stopAt < 0 ? text.length : stopAt);
  return [
    (start > 0 ? '…' : '') + text.slice(start, begin),
    el('mark', {}, text.slice(begin, end)),
    text.slice(end, stop) + (stop < text.length ? '…' : ''),
  ].map((part) => (typeof part === 'string' ? document.createTextNode(part) : part));
}

function evidenceBlock(s: StatementView, texts: Record<string, string>): Node[] {
  const text = texts[s.evidence.article];
  if (text === undefined) return [el('p', { className: 'evidence' }, s.evidence.text)];
  const begin = unitIndex(text, s.evidence.begin),
    end = unitIndex(text, s.evidence.end);
  const ok = text.slice(begin, end) === s.evidence.text;
  const full = el('details', {}, el('summary', {}, 'show in the full article'));
  // The full text is attached on first opening only: a node can carry dozens of statements.
  full.addEventListener('toggle', () => {
    if (full.open && full.childElementCount === 1) {
      const article = el('div', { className: 'article' }, ...marked(text, begin, end));
      full.append(article);
      article.querySelector('mark')?.scrollIntoView({ block: 'center' });
    }
  });
  return [
    el('div', { className: 'evidence' }, ...marked(text, begin, end, 280)),
    ...(ok ? [] : [el('p', { className: 'warn' }, 'The recorded offsets do not match the evidence text.')]),
    full,
  ];
}

function card(s: StatementView, texts: Record<string, string>, onSelect: (key: string) => void): HTMLElement {
  const speaker = el('button', { className: 'link', type: 'button' }, s.speaker.label);
  speaker.addEventListener('click', () => onSelect(s.speaker.id));
  const chain = el('ol', {}, ...[...s.chain].sort((a, b) => a.position - b.position).map((step) => el('li', {}, step.label)));
  const box = el(
    'article',
    { className: `statement ${s.kind}` },
    el('div', { className: 'badge' }, s.kind === 'quotation' ? 'Quotation' : 'Claim'),
    el('h3', {}, s.label),
    ...(s.kind === 'quotation' && s.text ? [el('blockquote', {}, s.text)] : []),
    el(
      'dl',
      {},
      el('dt', {}, 'speaker'),
      el('dd', { className: 'speaker' }, speaker),
      el('dt', {}, 'hedge'),
      el('dd', { className: 'hedge' }, s.hedge),
      el('dt', {}, 'sourcing'),
      el('dd', { className: 'sourcing' }, s.sourcing),
      el('dt', {}, 'chain'),
      el('dd', { className: 'chain' }, chain),
    ),
    ...evidenceBlock(s, texts),
  );
  box.dataset.id = s.id;
  box.style.setProperty('--accent', colourFor(SOURCING_COLOURS, s.sourcing));
  return box;
}

export function renderPanel(
  panel: HTMLElement,
  node: { key: string; attrs: NodeAttrs } | null,
  statements: StatementView[],
  texts: Record<string, string>,
  filter: StatementFilter,
  onSelect: (key: string) => void,
  /** False when the claims layer is toggled off: statements belong to it, so no card is shown. */
  claimsShown = true,
): void {
  if (!node) {
    panel.replaceChildren(el('p', { className: 'hint' }, 'Click a node, or search for one, to see its claims and quotations.'));
    return;
  }
  const shown = claimsShown ? statements.filter((s) => cardShown(s, filter)) : [];
  const hidden = statements.length - shown.length;
  const why = claimsShown ? 'by the filters' : 'with the claims layer';
  const facets = [node.attrs.kind, node.attrs.sourcing && `sourcing: ${node.attrs.sourcing}`, node.attrs.hedge && `hedge: ${node.attrs.hedge}`];
  const title = el('h2', {}, node.attrs.label);
  title.style.borderBottom = `3px solid ${colourFor(KIND_COLOURS, node.attrs.kind)}`;
  panel.replaceChildren(
    title,
    el('div', { className: 'meta' }, facets.filter(Boolean).join(' · ')),
    el('p', { className: 'count' }, `${shown.length} statement${shown.length === 1 ? '' : 's'}` + (hidden ? ` (${hidden} hidden ${why})` : '')),
    ...shown.map((s) => card(s, texts, onSelect)),
  );
  panel.scrollTop = 0;
}
