import type { AnyNode, Element, ParentNode } from 'domhandler';

/**
 * Iterative helpers over the parsed DOM. cheerio's own .text() and .find() recurse (a page
 * of 5 000 nested <div>s overflows the stack) or de-duplicate results quadratically
 * (.find('p') on a page with 20 000 paragraphs takes seconds); pages are untrusted input,
 * so the importer walks the tree itself.
 */

export const isElement = (n: AnyNode): n is Element =>
  n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** All descendants in document order, without recursion. `skip` prunes a subtree. */
export function* descendants(root: AnyNode, skip?: (el: Element) => boolean): Generator<AnyNode> {
  const stack: AnyNode[] = 'children' in root ? [...root.children].reverse() : [];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    if (isElement(n) && skip?.(n)) continue;
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

/** Text content of a subtree (like .text()), iteratively. */
export function textOf(root: AnyNode): string {
  if (root.type === 'text') return root.data;
  let out = '';
  for (const n of descendants(root)) if (n.type === 'text') out += n.data;
  return out;
}

export function hasTag(root: AnyNode, tag: string): boolean {
  for (const n of descendants(root)) if (isElement(n) && n.tagName.toLowerCase() === tag) return true;
  return false;
}

const visibleLength = (s: string): number => s.replace(/\s+/g, '').length;

/**
 * How much paragraph text an element holds: text inside its <p> descendants (or, with
 * `directOnly`, its <p> children plus its own text nodes and <br>-separated text, which is
 * how forum posts and old CMS pages lay out paragraphs).
 */
export function paragraphText(el: Element, directOnly: boolean): number {
  let n = 0;
  if (directOnly) {
    for (const c of el.children) {
      if (c.type === 'text') n += visibleLength(c.data);
      else if (isElement(c) && c.tagName === 'p') n += visibleLength(textOf(c));
      else if (isElement(c) && c.tagName === 'br') n += 10;
    }
    return n;
  }
  for (const d of descendants(el, (e) => e.tagName === 'p')) {
    if (isElement(d) && d.tagName === 'p') n += visibleLength(textOf(d));
  }
  return n;
}

/**
 * Detaches nodes in one pass per parent. cheerio's .remove() searches the parent's child
 * list for every node, which is quadratic when a page has thousands of sibling widgets.
 */
export function detach(nodes: Iterable<AnyNode>): void {
  const byParent = new Map<ParentNode, Set<AnyNode>>();
  for (const n of nodes) {
    if (!n.parent) continue;
    const gone = byParent.get(n.parent) ?? new Set<AnyNode>();
    gone.add(n);
    byParent.set(n.parent, gone);
  }
  for (const [parent, gone] of byParent) {
    parent.children = parent.children.filter((c) => !gone.has(c));
    parent.children.forEach((c, i, all) => {
      c.prev = all[i - 1] ?? null;
      c.next = all[i + 1] ?? null;
    });
    for (const n of gone) {
      n.parent = null;
      n.prev = null;
      n.next = null;
    }
  }
}

// Void elements never nest; these close implicitly or are left open by old pages, so they
// would make the estimate wildly high without saying anything about real nesting.
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option tbody thead tfoot colgroup b i u s em strong font small big a span'
  ).split(' '),
);

/**
 * A quick estimate of how deeply a page nests its container tags. parse5 and css-select
 * both slow down quadratically with depth, so absurdly deep pages are refused up front.
 */
export function nestingDepth(html: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (NOT_NESTING.has(m[2].toLowerCase()) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
    if (max > stopAt) break;
  }
  return max;
}
