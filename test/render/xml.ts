/** A small XML well-formedness check: one root, balanced tags, quoted attributes, known entities. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const name = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
  const badEntity = (s: string) => /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s);
  const re = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(re)) {
    const [all, close, tag, attrs, selfClose, text, stray] = m;
    if (stray) problems.push(`stray "<" at ${m.index}: ${xml.slice(m.index ?? 0, (m.index ?? 0) + 40)}`);
    else if (text !== undefined) {
      if (badEntity(text)) problems.push(`bad entity in text at ${m.index}`);
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root at ${m.index}`);
    } else if (tag) {
      if (!name.test(tag)) problems.push(`bad tag name ${tag}`);
      if (attrs && badEntity(attrs)) problems.push(`bad entity in attributes of <${tag}>`);
      const names = [...(attrs ?? '').matchAll(/([^\s=]+)\s*=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${tag}>`);
      if (close) {
        const open = stack.pop();
        if (open !== tag) problems.push(`</${tag}> closes <${open}>`);
      } else if (!selfClose) {
        if (stack.length === 0) roots++;
        stack.push(tag);
      } else if (stack.length === 0) roots++;
    } else if (all.startsWith('<!--') && all.slice(4, -3).includes('--')) problems.push('"--" inside a comment');
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
