import type { DroppedLine, Lang } from '../../types';
import { chromeLexicon } from './lexicon';
import type { DropReason, SourceLine } from './lines';

/**
 * Page and forum chrome removal, line by line. Each rule is general (vocabulary from
 * data/lexicons/chrome.json, patterns for post metadata, counters, image filenames, menus,
 * and Chinese UI text inside an English page); no rule knows any particular site.
 * Dropped lines are kept with their reason so the editor can restore a false positive.
 */

const SEPARATORS = /[\s|｜·•・/\\\-–—:：,，、>»›<«‹()（）[\]【】「」『』"'“”‘’.。!！?？;；_*#~]+/gu;

const IMAGE_EXT = '(?:jpe?g|png|gif|webp|bmp|svg|tiff?|heic|avif)';
/** "Lee Jae-myung.jpg", "IMG_2031.JPG (123.4 KB, 下载次数: 0)", "附件：photo.png 2025-11-1 10:20 上传". */
const IMAGE_LINE = new RegExp(
  `^(?:下载附件|附件|图片|image|photo)?\\s*[:：]?\\s*([^。，！？；]{1,120}?)\\.${IMAGE_EXT}` +
    `(?:\\s*[(（][^)）]{0,80}[)）])*` +
    `(?:\\s*(?:下载附件|下载次数[:：]?\\s*\\d+|保存到相册|\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*上传|\\d+(?:\\.\\d+)?\\s*[KMG]B))*\\s*$`,
  'iu',
);
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const POST_META_ZH = /发表于|发帖于|最后编辑于|只看该作者|楼主\s*[|｜]/u;
// Relative times count only at the end of a line ("小王 5 分钟前", "老张 刚刚 | 举报"), so a
// subhead like "三年前的约定" stays.
const RELATIVE_TIME_ZH =
  /(?:(?:\d+|[一二三四五六七八九十半两几])\s*(?:秒|分钟|小时|天|周|个月|年)前|刚刚|昨天\s*\d{1,2}:\d{2}|前天\s*\d{1,2}:\d{2})\s*(?:[|｜].{0,30})?$/u;
// "Posted by admin 3 hours ago", "Submitted on 12 March by …" — at the start of the line only.
const POST_META_EN =
  /^(?:posted|submitted)\b.*\b(?:ago|by|on)\b|^\S+(?:\s\S+)?\s*[|·•-]?\s*\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$|^\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b/i;
// A copyright notice starts with © or "Copyright ©/(c)/year"; "Copyright law reform" is a headline.
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|all rights reserved|版权所有|ICP备|ICP证|公网安备/iu;
const COUNTER_REST = /^(?:\d[\d.,]*[kKwW万]?\+?)(?:\s*\d[\d.,]*[kKwW万]?\+?)*$/u;
const BOARD_TAG = /^\s*[[【［]([^\]】］]{1,8})[\]】］]\s*/u;

/** Han characters and Latin letters in a line, counted without building match arrays. */
function scripts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
      han++;
  }
  return { han, latin };
}

/** The residue of a line once chrome phrases and separators are taken out. */
function withoutPhrases(text: string, phrase: RegExp): { rest: string; hits: number } {
  let hits = 0;
  const rest = text
    .replace(phrase, () => {
      hits++;
      return ' ';
    })
    .replace(SEPARATORS, '');
  return { rest, hits };
}

/**
 * A run of ≥3 short items split by | · › > (menus, breadcrumbs), or of space-separated
 * short Chinese words at least two of which are UI or section words — Chinese headlines
 * also use spaces ("习近平 会见 李在明"), so the spaces alone prove nothing.
 */
function isMenu(t: string): boolean {
  const parts = t.split(/\s*[|｜·•›»>＞→]\s*/u).filter(Boolean);
  if (parts.length >= 3 && parts.every((p) => p.length <= 12 && !/[。.!?！？]$/u.test(p))) return true;
  const words = t.split(/\s+/);
  if (words.length < 3 || !words.every((w) => /^\p{Script=Han}{1,4}$/u.test(w))) return false;
  const lex = chromeLexicon();
  const known = words.filter((w) => lex.sectionLabels.has(w) || lex.uiWords.has(w)).length;
  return known >= 2;
}

/** The reason a line is chrome, or null when it is article text. */
export function chromeReason(text: string, lang: Lang): DropReason | null {
  const t = text.trim();
  if (!t) return null;
  const lex = chromeLexicon();
  if (URL_LINE.test(t)) return 'url';
  if (t.length <= 200 && IMAGE_LINE.test(t)) {
    const name = IMAGE_LINE.exec(t)?.[1] ?? '';
    if (name.split(/\s+/).length <= 8) return 'image_filename';
  }
  if (t.length <= 80 && (POST_META_ZH.test(t) || (t.length <= 40 && RELATIVE_TIME_ZH.test(t))))
    return 'post_meta';
  if (t.length <= 80 && !/[.!?]$/.test(t) && POST_META_EN.test(t)) return 'post_meta';
  if (t.length <= 40 && /\d/.test(t)) {
    const rest = t
      .replace(lex.counterWord, ' ')
      .replace(/[\s|｜·•:：/,，、()（）[\]]+/gu, ' ')
      .trim();
    if (COUNTER_REST.test(rest)) return 'counter';
  }
  if (t.length <= 200 && COPYRIGHT.test(t)) return 'copyright';
  // Credits often come bracketed: "（编辑：李四）", "【责任编辑：王五】".
  if (t.length <= 120 && lex.prefix.test(t.replace(/^[（(【[]\s*/u, ''))) return 'chrome_prefix';
  if (t.length <= 80 && lex.phraseStarts.has(t[0].toLowerCase())) {
    const { rest, hits } = withoutPhrases(t, lex.phrase);
    if (hits > 0 && rest.length === 0) return 'chrome_vocabulary';
  }
  if (t.length <= 80 && isMenu(t)) return 'menu';
  if (lang === 'en' && t.length <= 120) {
    // Chinese UI text (buttons, prompts) left in an English page by a Chinese forum or CMS.
    const { han, latin } = scripts(t);
    if (han > 0 && han >= latin) return 'language_mismatch';
  }
  return null;
}

/** "[日韩] Title" → the title, when the bracket holds a short Chinese board/section tag. */
export function stripBoardTag(text: string): { text: string; tag: string | null } {
  const m = BOARD_TAG.exec(text);
  if (!m) return { text, tag: null };
  const inner = m[1].trim();
  const isTag = /^\p{Script=Han}{1,4}$/u.test(inner) || chromeLexicon().boardTags.has(inner);
  const rest = text.slice(m[0].length).trim();
  if (!isTag || !rest) return { text, tag: null };
  return { text: rest, tag: m[0].trim() };
}

/**
 * A site name or section label above the headline ("Hekou Daily", "World", "河口日报",
 * "国际"): pasted from a page, it would otherwise become the headline row.
 */
export function isMastheadLabel(t: string, lang: Lang): boolean {
  const lex = chromeLexicon();
  if (t.length > 40) return false;
  return lex.sectionLabels.has(t.toLowerCase()) || lex.siteName[lang].test(t) || lex.siteName.en.test(t);
}

/** A masthead label counts only when a title-like line (no final punctuation) follows it. */
function isMasthead(input: SourceLine[], i: number, lang: Lang): boolean {
  if (!isMastheadLabel(input[i].text, lang)) return false;
  const next = input.slice(i + 1, i + 8).find((l) => l.text && !chromeReason(l.text, lang));
  return !!next && !/[.!?。！？…]["'”’」）)]*$/u.test(next.text);
}

function isEndMarker(t: string): boolean {
  const key = t
    .replace(/[\s:：>»›]+$/u, '')
    .trim()
    .toLowerCase();
  return key.length > 0 && chromeLexicon().endMarkers.has(key);
}

export interface Cleaned {
  lines: SourceLine[];
  dropped: DroppedLine[];
}

/**
 * Drops chrome lines (each becomes a paragraph break), strips a board tag from the first
 * real line, and cuts everything after a "相关阅读 / Comments" marker once some article
 * text has been seen (such markers also occur as ordinary words near the top of a page).
 */
/** `keep`: line numbers a person restored in the preview; they are never dropped. */
export function removeChrome(
  input: SourceLine[],
  lang: Lang,
  keep: ReadonlySet<number> = new Set(),
): Cleaned {
  const lines: SourceLine[] = [];
  const dropped: DroppedLine[] = [];
  let seenTitle = false;
  let substance = 0;
  let pendingImage = false;
  for (let i = 0; i < input.length; i++) {
    const src = input[i];
    if (!src.text) {
      lines.push(src);
      continue;
    }
    if (substance >= 2 && !src.hint && !keep.has(src.line) && isEndMarker(src.text)) {
      for (const rest of input.slice(i)) {
        if (rest.text && keep.has(rest.line)) lines.push(rest);
        else if (rest.text) dropped.push({ line: rest.line, text: rest.text, reason: 'after_end_marker' });
      }
      break;
    }
    const reason = keep.has(src.line)
      ? null
      : (chromeReason(src.text, lang) ?? (!seenTitle && isMasthead(input, i, lang) ? 'masthead' : null));
    if (reason) {
      dropped.push({ line: src.line, text: src.text, reason });
      lines.push({ line: src.line, text: '', gap: true });
      if (reason === 'image_filename') pendingImage = true;
      continue;
    }
    let text = src.text;
    if (!seenTitle || src.hint === 'headline') {
      const { text: stripped, tag } = stripBoardTag(text);
      if (tag) dropped.push({ line: src.line, text: tag, reason: 'board_tag' });
      text = stripped;
      seenTitle = true;
    }
    if (text.length >= (lang === 'zh' ? 25 : 60)) substance++;
    lines.push({ ...src, text, afterImage: src.afterImage || pendingImage });
    pendingImage = false;
  }
  return { lines, dropped };
}
