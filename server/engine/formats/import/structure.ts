import type { Lang, Paragraph, SegmentKind } from '../../types';
import { chromeLexicon } from './lexicon';
import type { SourceLine } from './lines';

/**
 * Cleaned lines → paragraphs with kinds.
 *
 * Paragraphs: blank-line separated blocks. Inside a block, lines are joined only when they
 * look hard-wrapped (every line but the last filled to a similar width, none longer than a
 * wrap width); otherwise each line is its own paragraph — a forum post often puts a
 * headline, a caption and the first paragraph on consecutive lines. A document with no
 * blank lines at all is one paragraph per line.
 *
 * Kinds: markup hints win; then the first paragraph is the headline; then captions (photo
 * credit at the end, or right after an image), bylines, standalone datelines, subheads
 * (short, no sentence-final punctuation, and for English mostly Title Case). Everything
 * else is 'body' — we do not mark a 'lead', because the other language's importer could
 * not mark the same paragraph reliably and the paragraph aligner pairs rows by kind order.
 */

interface Block {
  lines: SourceLine[];
}

interface Para {
  text: string;
  hint?: SegmentKind;
  afterImage?: boolean;
}

const WRAP = { en: { min: 20, max: 110, fill: 0.55 }, zh: { min: 10, max: 60, fill: 0.8 } } as const;

function toBlocks(lines: SourceLine[]): Block[] {
  // Only blank lines of the source count: dropped chrome leaves gaps that split blocks
  // but do not turn a one-paragraph-per-line text into a wrapped one.
  const hasBlank = lines.some((l, i) => !l.text && !l.gap && i > 0 && i < lines.length - 1);
  const blocks: Block[] = [];
  let cur: SourceLine[] = [];
  const flush = (): void => {
    if (cur.length) blocks.push({ lines: cur });
    cur = [];
  };
  for (const l of lines) {
    if (!l.text) {
      flush();
      continue;
    }
    if (!hasBlank || l.own || l.hint) {
      flush();
      cur.push(l);
      flush();
      continue;
    }
    cur.push(l);
  }
  flush();
  return blocks;
}

/** Length in code points, without building an array per call (it runs for every line). */
function width(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function looksWrapped(lines: SourceLine[], lang: Lang): boolean {
  const { min, max, fill } = WRAP[lang];
  const head = lines.slice(0, -1).map((l) => width(l.text));
  // a loop, not Math.max(...head): a block of 200,000 lines would overflow the stack
  const widest = head.reduce((a, b) => Math.max(a, b), 0);
  if (widest > max || widest < min) return false;
  // Two lines prove little: the first must be filled close to a plausible wrap width.
  if (head.length === 1 && widest < (lang === 'zh' ? 30 : 50)) return false;
  return head.every((w) => w >= widest * fill) && width(lines[lines.length - 1].text) <= widest + 2;
}

// Glue is decided from the previous line, never from the text joined so far: slicing or
// matching the end of a growing string flattens it for every line (quadratic on a huge block).
function joinWrapped(lines: string[], lang: Lang): string {
  const parts = [lines[0]];
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1];
    const next = lines[k];
    const a = prev.slice(-1);
    const b = next[0] ?? '';
    // Chinese joins tight; a space only between two Latin/digit characters.
    const glue =
      lang === 'en'
        ? /[A-Za-z]-$/.test(prev.slice(-2)) && /^[a-z]/.test(next)
          ? ''
          : ' '
        : /[\w,.;:!?]/.test(a) && /\w/.test(b)
          ? ' '
          : '';
    parts.push(glue, next);
  }
  return parts.join('');
}

/**
 * Where a block must break whatever the line widths say: before a byline, a date or a
 * credited caption, and (English) after a Title Case line with no final punctuation —
 * "Bridge Opens Early" over "By Lin Xiao" is a headline and a byline, not one wrapped line.
 */
function mustBreak(a: string, b: string, lang: Lang): boolean {
  if (isByline(b, lang) || isDateline(b, lang) || chromeLexicon().captionCredit.test(b)) return true;
  // A wrapped line can be all proper names ("…Ministry of Foreign Affairs of the People's
  // Republic of China"); its continuation then starts in lower case.
  return lang === 'en' && !TERMINAL_EN.test(a) && !/^[a-z]/.test(b) && width(a) <= 200 && isTitleCase(a);
}

function splitAtBreaks(lines: SourceLine[], lang: Lang): SourceLine[][] {
  const parts: SourceLine[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    if (mustBreak(lines[i - 1].text, lines[i].text, lang)) parts.push([lines[i]]);
    else parts[parts.length - 1].push(lines[i]);
  }
  return parts;
}

function toParas(blocks: Block[], lang: Lang): Para[] {
  const paras: Para[] = [];
  const add = (text: string, hint: SegmentKind | undefined, afterImage: boolean | undefined): void => {
    const clean = tidy(text);
    if (clean) paras.push({ text: clean, hint, afterImage });
  };
  for (const b of blocks) {
    for (const part of b.lines.length > 1 ? splitAtBreaks(b.lines, lang) : [b.lines]) {
      if (part.length > 1 && looksWrapped(part, lang)) {
        add(
          joinWrapped(
            part.map((l) => l.text),
            lang,
          ),
          undefined,
          part[0].afterImage,
        );
      } else {
        for (const l of part) add(l.text, l.hint, l.afterImage);
      }
    }
  }
  return paras;
}

/**
 * Collapses runs of spaces (and the full-width indent Chinese pages use). Single spaces
 * between Chinese characters stay: in "记者 林晓" or "（本报记者 王磊 摄）" they separate
 * parts, and the stored text should stay as imported.
 */
function tidy(text: string): string {
  return text.replace(/[ \u3000]+/g, ' ').trim();
}

// Sentence-final punctuation, allowing closing quotes/brackets after it.
const TERMINAL_EN = /[.!?…:;]["'”’)\]]*$/u;
const TERMINAL_ZH = /[。！？…；：.!?]["'”’」』）)]*$/u;
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_EN = new RegExp(
  `^(?:(?:published|updated|posted|date)\\s*:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?` +
    `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})` +
    `(?:,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$`,
  'i',
);
const DATE_ZH =
  /^(?:(?:发布|更新)?时间[:：]?\s*)?\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+(?:来源|作者)[:：].{0,30})?$/u;
const DATELINE_ZH = /^[【(（]?\p{Script=Han}{2,12}\d{1,2}月\d{1,2}日(?:电|讯)[】)）]?$/u;
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over the to up vs via with amid after before'.split(
    ' ',
  ),
);

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  const content = words.filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.75;
}

function isCaption(p: Para, lang: Lang, index: number): boolean {
  const t = p.text;
  if (width(t) > 400) return false;
  const credit = chromeLexicon().captionCredit.test(t);
  // Words and position notes that only photo captions use: "(second from left)", "（左二）".
  const photoWords =
    lang === 'en'
      ? /\b(?:photo|pictured|file image|seen here|shown)\b|\((?:(?:second |third )?from )?(?:left|right|centre|center|front|back)\)/i
      : /图为|摄|图片|资料图|供图|[（(][左右中前后][一二三四五]?[)）]/u;
  if (credit && (p.afterImage || index <= 6 || photoWords.test(t))) return true;
  if (p.afterImage && (photoWords.test(t) || /^(?:图|photo|image)\s*[:：]/iu.test(t))) return true;
  return /^(?:图为|图：|图:|photo:|pictured:|above:)/iu.test(t);
}

function isByline(t: string, lang: Lang): boolean {
  const lex = chromeLexicon();
  if (lang === 'en')
    return width(t) <= 100 && !TERMINAL_EN.test(t.replace(/\.$/, '')) && lex.bylinePrefix.en.test(t);
  return width(t) <= 50 && !/[。！？]/u.test(t) && lex.bylinePrefix.zh.test(t);
}

function isDateline(t: string, lang: Lang): boolean {
  if (width(t) > 80) return false;
  return lang === 'en' ? DATE_EN.test(t) : DATE_ZH.test(t) || DATELINE_ZH.test(t);
}

function isSubhead(t: string, lang: Lang, isLast: boolean): boolean {
  if (isLast) return false;
  if (lang === 'en') {
    if (TERMINAL_EN.test(t) || width(t) > 200) return false;
    const words = t.split(/\s+/).length;
    return words <= 30 && (isTitleCase(t) || (width(t) <= 80 && words <= 12));
  }
  return width(t) <= 40 && !TERMINAL_ZH.test(t) && !/[，,]$/.test(t);
}

function classify(p: Para, i: number, lang: Lang, isLast: boolean): SegmentKind {
  if (isCaption(p, lang, i)) return 'caption';
  if (isByline(p.text, lang)) return 'byline';
  if (isDateline(p.text, lang)) return 'dateline';
  if (isSubhead(p.text, lang, isLast)) return 'subhead';
  return 'body';
}

/** Cleaned lines → paragraphs with kinds; the first paragraph is always the headline. */
export function buildParagraphs(lines: SourceLine[], lang: Lang): Paragraph[] {
  const paras = toParas(toBlocks(lines), lang);
  const hinted = paras.findIndex((p) => p.hint === 'headline');
  const headlineAt = hinted >= 0 ? hinted : paras.findIndex((p) => !p.hint || p.hint === 'subhead');
  const out: Paragraph[] = paras.map((p, i) => {
    if (i === headlineAt) return { kind: 'headline', text: p.text };
    if (p.hint === 'headline') return { kind: 'subhead', text: p.text };
    if (p.hint) return { kind: p.hint, text: p.text };
    return { kind: classify(p, i, lang, i === paras.length - 1), text: p.text };
  });
  // A page may put a kicker, byline or date above its <h1>; rows still start with the headline.
  if (headlineAt > 0) out.unshift(...out.splice(headlineAt, 1));
  return out;
}
