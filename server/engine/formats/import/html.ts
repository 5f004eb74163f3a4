import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { DroppedLine, Lang, SegmentKind } from '../../types';
import { descendants, detach, hasTag, isElement, nestingDepth, paragraphText, textOf } from './dom';
import { FormatError } from './format-error';
import type { SourceLine } from './lines';
import { normalizeText } from './lines';
import { type LinesResult, parseLines } from './text';

/**
 * A saved web page → the article's text as plain lines, then the shared pipeline.
 *
 * 1. Code and widgets go first (script, style, forms, iframes…): never text, never kept.
 * 2. Page chrome goes next — nav, aside, footer, page-level header, ARIA landmarks for
 *    navigation, and elements whose class/id words say share/comment/login/related/ad… —
 *    recorded in `dropped` so nothing disappears silently.
 * 3. The article container is the <article>/<main>/articleBody candidate holding most
 *    paragraph text, else the element with most text in direct <p> children (forums and
 *    old CMSs use bare divs and tables).
 * 4. Walking it in order, every block element becomes its own line; markup gives the
 *    kind: h1 headline, h2–h6 subhead, figcaption/.caption caption, rel=author/.byline
 *    byline, <time>/.dateline dateline. <br> splits lines (Chinese sites use <br><br>
 *    for paragraphs). Output is text only; no markup survives.
 */

const CODE = 'script, style, noscript, template, iframe, object, embed, svg, canvas, math, link, meta, base';
const WIDGETS =
  'form, button, input, select, textarea, nav, aside, dialog, footer, [hidden], [aria-hidden="true"], ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"]';
const CHROME_WORDS = new Set(
  (
    'share sharing sharethis social comment comments reply replies respond login signin logon register signup ' +
    'subscribe subscription newsletter related recommend recommended recommendation recommendations breadcrumb ' +
    'breadcrumbs menu navbar nav navigation sidebar footer ad ads advert advertisement sponsor sponsored banner ' +
    'popup modal cookie cookies toolbar pagination pager tags tagcloud widget promo outbrain taboola disqus qrcode'
  ).split(' '),
);
const BLOCK = new Set(
  (
    'address article aside blockquote center dd details div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 ' +
    'h6 header hgroup hr li main ol p pre section summary table tbody thead tfoot tr td th ul caption'
  ).split(' '),
);
const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|wp-caption-text|img-caption|photo-caption|pic-info|picinfo|image-desc|img-desc)(?:$|[\s_-])/i;
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|author|author-name|writer|reporter)(?:$|[\s_-])/i;
const DATE_CLASS = /(?:^|[\s_-])(?:dateline|date|pubdate|publish-date|time|timestamp|post-time)(?:$|[\s_-])/i;
const SUBHEAD_CLASS =
  /(?:^|[\s_-])(?:subtitle|subhead|sub-title|subheading|dek|standfirst|deck|summary-title)(?:$|[\s_-])/i;

const SITE_WORDS = new Set(['logo', 'site', 'brand', 'masthead']);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const classWords = (el: Element): string[] =>
  `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
const startLine = (el: Element): number => el.sourceCodeLocation?.startLine ?? 0;

function kindOf(el: Element): SegmentKind | undefined {
  const tag = el.tagName.toLowerCase();
  const cls = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (tag === 'h1') return 'headline';
  if (/^h[2-6]$/.test(tag) || SUBHEAD_CLASS.test(cls)) return 'subhead';
  if (tag === 'figcaption' || CAPTION_CLASS.test(cls)) return 'caption';
  if (
    tag === 'address' ||
    el.attribs.rel === 'author' ||
    el.attribs.itemprop === 'author' ||
    BYLINE_CLASS.test(cls)
  )
    return 'byline';
  if (tag === 'time' || el.attribs.itemprop === 'datePublished' || DATE_CLASS.test(cls)) return 'dateline';
  return undefined;
}

function inside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Removes code, widgets and class-named chrome; returns what readers would have seen of it. */
function stripChrome($: cheerio.CheerioAPI, dropped: DroppedLine[]): void {
  const root = $.root()[0];
  const code: AnyNode[] = $(CODE).toArray();
  for (const n of descendants(root)) if (n.type === 'comment') code.push(n);
  detach(code);
  const bodyText = collapse(textOf(root)).length || 1;
  // Collected first and detached in one pass; a node inside an already dropped one is skipped.
  const gone = new Set<AnyNode>();
  const isGone = (el: AnyNode): boolean => {
    for (let n: AnyNode | null = el; n; n = n.parent) if (gone.has(n)) return true;
    return false;
  };
  const drop = (el: Element): void => {
    if (isGone(el)) return;
    const text = collapse(textOf(el));
    if (text) dropped.push({ line: startLine(el), text: text.slice(0, 300), reason: 'page_chrome' });
    gone.add(el);
  };
  $(WIDGETS).each((_, el) => {
    if (isElement(el)) drop(el);
  });
  $('header').each((_, el) => {
    if (!hasTag(el, 'h1')) drop(el);
  });
  $('[class], [id], [style]').each((_, el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article' || isGone(el)) return;
    const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? '');
    if (!hidden && !classWords(el).some((w) => CHROME_WORDS.has(w))) return;
    // A wrapper whose class merely mentions comments ("comments-open") may hold the article.
    if (!hidden && (hasTag(el, 'h1') || collapse(textOf(el)).length > bodyText * 0.4)) return;
    drop(el);
  });
  detach(gone);
}

function findContainer($: cheerio.CheerioAPI): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  $('article, main, [role="main"], [itemprop="articleBody"]').each((_, el) => {
    const score = paragraphText(el, false) || collapse(textOf(el)).length / 2;
    if (score > bestScore) [best, bestScore] = [el, score];
  });
  if (best && bestScore >= 200) return best;
  let dense: Element | null = null;
  let denseScore = 0;
  $('div, td, section, article, main, body').each((_, el) => {
    const score = paragraphText(el, true);
    if (score > denseScore) [dense, denseScore] = [el, score];
  });
  return denseScore > bestScore ? dense : (best ?? dense);
}

class LineWriter {
  readonly lines: SourceLine[] = [];
  private buf = '';
  private inlineHint: SegmentKind | undefined;
  private pendingImage = false;
  constructor(private readonly fallbackLine: () => number) {}

  text(s: string): void {
    this.buf += s;
  }
  hintInline(kind: SegmentKind): void {
    this.inlineHint ??= kind;
  }
  image(): void {
    this.flush(undefined, 0);
    this.pendingImage = true;
  }
  flush(hint: SegmentKind | undefined, line: number): void {
    const parts = this.buf.split('\n').map(collapse).filter(Boolean);
    for (const text of parts) {
      // An inline <a rel=author> or <time> marks the whole line only when the line is short.
      const inline = text.length <= 100 ? this.inlineHint : undefined;
      const kind = hint ?? inline;
      this.lines.push({
        line: line || this.fallbackLine(),
        text,
        hint: kind,
        own: true,
        afterImage: this.pendingImage,
      });
      this.pendingImage = false;
    }
    this.buf = '';
    this.inlineHint = undefined;
  }
}

/** Real article pages nest a few dozen levels; thousands is an attack or a broken export. */
const MAX_NESTING = 1000;

/** Past this nesting depth a subtree is read as one run of text (no real article nests so deep). */
const MAX_DEPTH = 200;

function walk(node: Element, out: LineWriter, hint: SegmentKind | undefined, depth = 0): void {
  if (depth > MAX_DEPTH) {
    out.text(textOf(node).replace(/\s+/g, ' '));
    return;
  }
  for (const child of node.children) {
    if (child.type === 'text') {
      // Source line breaks are just spaces in HTML; only <br> and blocks break lines.
      out.text(child.data.replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (tag === 'br') out.text('\n');
    else if (tag === 'img' || tag === 'picture' || tag === 'video') out.image();
    else if (BLOCK.has(tag)) {
      out.flush(hint, startLine(child));
      const own = kindOf(child) ?? hint;
      walk(child, out, own, depth + 1);
      out.flush(own, startLine(child));
    } else {
      const inline = kindOf(child);
      if (inline === 'byline' || inline === 'dateline') out.hintInline(inline);
      walk(child, out, hint, depth + 1);
    }
  }
}

/** Page title without the " - Site name" / "_网站" suffix (sites put their name last). */
function cleanTitle(title: string): string {
  return collapse(title).split(/\s+[-|–—_]\s+|_|\s*\|\s*/)[0] ?? '';
}

export function parseHtml(html: string, lang: Lang, keep?: ReadonlySet<number>): LinesResult {
  const source = normalizeText(html);
  const depth = nestingDepth(source, MAX_NESTING);
  if (depth > MAX_NESTING) throw new FormatError('unsupported_format', { reason: 'html_too_deep', depth });
  const $ = cheerio.load(source, { sourceCodeLocationInfo: true });
  const dropped: DroppedLine[] = [];
  const title = cleanTitle($('meta[property="og:title"]').attr('content') ?? $('title').first().text() ?? '');
  stripChrome($, dropped);
  const container = findContainer($) ?? $('body').get(0) ?? null;
  let last = 0;
  const writer = new LineWriter(() => ++last);
  if (container) {
    // A title above the article container (forum threads) is still the headline, unless
    // the container has its own <h1> or the outside one is the site's logo.
    const h1 = hasTag(container, 'h1')
      ? undefined
      : $('h1')
          .toArray()
          .find((el) => !classWords(el).some((w) => SITE_WORDS.has(w)) && !inside(el, container));
    if (h1) {
      writer.text(collapse(textOf(h1)));
      writer.flush('headline', startLine(h1));
    }
    walk(container, writer, undefined);
    writer.flush(undefined, 0);
  }
  const lines = writer.lines;
  if (title && !lines.some((l) => l.hint === 'headline')) {
    const first = lines[0]?.text ?? '';
    if (!first.includes(title) && !title.includes(first))
      lines.unshift({ line: 1, text: title, hint: 'headline', own: true });
    else if (lines[0]) lines[0] = { ...lines[0], hint: 'headline' };
  }
  return parseLines(lines, lang, dropped, keep);
}

/** charset named by <meta charset> or http-equiv, read from the raw bytes (ASCII-compatible). */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article|meta)\b/.test(head)
  );
}
