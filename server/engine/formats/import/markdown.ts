import type { DroppedLine, Lang } from '../../types';
import { type SourceLine, splitLines } from './lines';
import { type LinesResult, parseLines } from './text';

/**
 * Markdown → lines with hints, then the plain-text pipeline. Only what articles use:
 * ATX and Setext headings (# → headline, ## and deeper → subhead), emphasis and code
 * markers stripped, links reduced to their text, images dropped — their alt text kept as
 * a caption when it reads like one (not "image", not a filename) — lists and quotes
 * unwrapped, rules, reference definitions, comments and front matter dropped.
 */

const IMAGE_ONLY = /^!\[([^\]]*)\]\([^)]*\)(?:\{[^}]*\})?$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|(?:- ){2,}-|(?:\* ){2,}\*)$/;
const LINK_DEF = /^\[[^\]]+\]:\s*\S+/;
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+/;

/**
 * Inline Markdown → plain text. Every span is length-bounded: unbounded lazy patterns are
 * quadratic on a long line full of unmatched "*" or "[", and input is untrusted.
 */
export function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '')
    .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
    .replace(/<!--.{0,500}?-->/g, '')
    .replace(/<\/?[A-Za-z][^>]{0,500}>/g, '')
    .replace(/`([^`]{1,500})`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.{1,500}?)(?<=\S)~~/g, '$1')
    .replace(/(?<![\w*])\*(?=\S)(.{1,500}?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)(.{1,500}?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
    .trim();
}

/** Alt text worth keeping: several words, not a placeholder or a filename. */
function captionLike(alt: string): boolean {
  const t = alt.trim();
  if (!t || /\.\w{2,4}$/.test(t) || /^(?:image|img|photo|picture|图片|图)\s*\d*$/i.test(t)) return false;
  return t.split(/\s+/).length >= 4 || /\p{Script=Han}{6,}/u.test(t);
}

function isWholeEmphasis(t: string): boolean {
  return /^(\*|_)(?!\1)\S.*\S\1$/.test(t) || /^(\*|_)\S\1$/.test(t);
}

export function parseMarkdown(text: string, lang: Lang, keep?: ReadonlySet<number>): LinesResult {
  const raw = splitLines(text);
  const dropped: DroppedLine[] = [];
  const out: SourceLine[] = [];
  let i = 0;
  if (raw[0]?.text === '---') {
    const end = raw.findIndex((l, k) => k > 0 && (l.text === '---' || l.text === '...'));
    if (end > 0) {
      for (const l of raw.slice(0, end + 1)) if (l.text) dropped.push({ ...l, reason: 'front_matter' });
      i = end + 1;
    }
  }
  let inFence = false;
  let afterImage = false;
  for (; i < raw.length; i++) {
    const { line, text: t } = raw[i];
    if (/^(```|~~~)/.test(t)) {
      inFence = !inFence;
      out.push({ line, text: '' });
      continue;
    }
    if (inFence) {
      out.push({ line, text: t, own: true });
      continue;
    }
    const next = raw[i + 1]?.text ?? '';
    if (t && /^(=+|-+)$/.test(next) && !RULE.test(t) && !LIST_ITEM.test(t)) {
      out.push({ line, text: stripInline(t), hint: next.startsWith('=') ? 'headline' : 'subhead' });
      out.push({ line: line + 1, text: '' });
      i++;
      continue;
    }
    const heading = t.length <= 500 ? HEADING.exec(t) : null;
    if (heading) {
      out.push({
        line,
        text: stripInline(heading[2]),
        hint: heading[1].length === 1 ? 'headline' : 'subhead',
      });
      continue;
    }
    const image = t.length <= 3000 ? IMAGE_ONLY.exec(t) : null;
    if (image) {
      dropped.push({ line, text: t, reason: 'image' });
      if (captionLike(image[1])) out.push({ line, text: image[1].trim(), hint: 'caption' });
      else out.push({ line, text: '' });
      afterImage = true;
      continue;
    }
    if (RULE.test(t) || LINK_DEF.test(t) || /^<!--.*-->$/.test(t)) {
      dropped.push({
        line,
        text: t,
        reason: RULE.test(t) ? 'rule' : LINK_DEF.test(t) ? 'link_definition' : 'html_comment',
      });
      out.push({ line, text: '' });
      continue;
    }
    let body = t.replace(/^(?:>\s?)+/, '');
    const listed = LIST_ITEM.test(body);
    body = body.replace(LIST_ITEM, '');
    // An italic line right under an image is its caption ("*Photo: …*").
    const italicCaption = afterImage && isWholeEmphasis(body);
    if (body) afterImage = false;
    out.push({
      line,
      text: stripInline(body),
      own: listed || italicCaption,
      hint: italicCaption ? 'caption' : undefined,
    });
  }
  return parseLines(out, lang, dropped, keep);
}

/** A paste that starts with a Markdown heading or has Markdown images/links is Markdown. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^\s*#{1,6}\s+\S/.test(head) || /^!\[[^\]]*\]\([^)]+\)/m.test(head) || /^#{2,6}\s+\S/m.test(head);
}
