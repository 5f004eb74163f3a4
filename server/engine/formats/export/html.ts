// The two HTML exports: the clean corrected article, and the side-by-side bilingual table
// with flags as numbered footnotes. Every piece of article or user text goes through
// escapeHtmlText; nothing from the article is ever placed in a tag or attribute name.
import { articleCss, htmlPage, tableCss } from './html-styles';
import { englishHeadline, englishParagraphs } from './paragraphs';
import { cleanText, escapeHtmlText as esc } from './text-safety';
import { DEFAULT_LABELS, type ExportArticle, type ExportFlag, type ExportLabels } from './types';

/** Only http(s) links become hrefs: a javascript: or data: source URL must not be clickable. */
export function safeHref(url: string | null | undefined): string | null {
  const u = cleanText(url).trim();
  return /^https?:\/\/[^\s]+$/i.test(u) ? u : null;
}

function sourceLine(article: ExportArticle, labels: ExportLabels): string {
  const name = cleanText(article.sourceName).trim();
  const href = safeHref(article.sourceUrl);
  if (!name && !href) return '';
  const label = esc(name || href || '');
  const link = href ? `<a href="${esc(href)}">${label}</a>` : label;
  return `<p class="meta">${esc(labels.sourceLine)}: ${link}</p>`;
}

/** Clean, printable corrected English. */
export function writeHtml(article: ExportArticle, labelOverrides: Partial<ExportLabels> = {}): string {
  const labels = { ...DEFAULT_LABELS, ...labelOverrides };
  const body = englishParagraphs(article)
    .map((p) => {
      const text = esc(p.text);
      switch (p.kind) {
        case 'headline':
          return `<h1>${text}</h1>`;
        case 'subhead':
          return `<h2>${text}</h2>`;
        case 'caption':
          return `<p class="caption">${text}</p>`;
        case 'byline':
        case 'dateline':
          return `<p class="${p.kind}">${text}</p>`;
        default:
          return `<p>${text}</p>`;
      }
    })
    .join('\n');
  return htmlPage(
    esc(englishHeadline(article)),
    articleCss(),
    `<article>\n${body}\n</article>\n${sourceLine(article, labels)}`,
  );
}

/** Multi-line cell text: escaped, '\n' kept visible as <br>. */
function cellText(s: string): string {
  return esc(s).replace(/\n/g, '<br>');
}

/**
 * Flags shown as footnotes, in reading order. Dismissed flags are left out: the bilingual
 * export is for readers of the text, and the review report lists every flag anyway.
 */
export function footnoteFlags(article: ExportArticle): ExportFlag[] {
  return article.flags
    .filter((f) => f.status !== 'dismissed')
    .sort((a, b) => a.position - b.position || a.id - b.id);
}

function footnote(flag: ExportFlag, n: number, labels: ExportLabels): string {
  const parts = [
    `<span class="sev sev-${esc(flag.severity)}">${esc(flag.severity)}</span>`,
    `<strong>${esc(flag.category)}</strong> · ${esc(flag.type)}`,
    `<span class="status">(${esc(flag.status)}; ${esc(flag.origin)}: ${esc(flag.author)})</span>`,
  ];
  if (flag.relatedPosition !== null)
    parts.push(`(${esc(labels.seeRow)} ${esc(String(flag.relatedPosition))})`);
  const div = (html: string) => `<div>${html}</div>`;
  const lines = [div(parts.join(' ')), div(cellText(flag.note))];
  if (flag.quote) lines.push(`<blockquote>${cellText(flag.quote)}</blockquote>`);
  if (flag.evidence.zh || flag.evidence.en) {
    const ev = [
      flag.evidence.zh ? `<span lang="zh-CN">${esc(flag.evidence.zh)}</span>` : '',
      esc(flag.evidence.en),
    ]
      .filter(Boolean)
      .join(' ↔ ');
    lines.push(div(`${esc(labels.evidence)}: ${ev}`));
  }
  if (flag.suggestion) lines.push(div(`${esc(labels.suggestion)}: ${esc(flag.suggestion)}`));
  for (const c of flag.comments) lines.push(div(`— ${esc(c.author)}: ${cellText(c.body)}`));
  return `<li id="fn-${n}">${lines.join('')}<div><a href="#fnref-${n}" aria-label="back to row">↩</a></div></li>`;
}

/** Side-by-side table (zh | en), printable, with flags as numbered footnotes. */
export function writeBilingualHtml(
  article: ExportArticle,
  labelOverrides: Partial<ExportLabels> = {},
): string {
  const labels = { ...DEFAULT_LABELS, ...labelOverrides };
  const flags = footnoteFlags(article);
  const numberOf = new Map(flags.map((f, i) => [f.id, i + 1]));
  const rows = article.rows
    .map((row) => {
      const marks = flags
        .filter((f) => f.position === row.position)
        .map((f) => {
          const n = numberOf.get(f.id)!;
          return `<sup class="fn" id="fnref-${n}"><a href="#fn-${n}">${n}</a></sup>`;
        })
        .join('');
      const cls = [row.kind, row.paragraphStart || row.zhParagraphStart ? 'para-break' : '']
        .filter(Boolean)
        .join(' ');
      return (
        `<tr class="${esc(cls)}"><td class="num">${esc(String(row.position))}</td>` +
        `<td class="kind">${esc(row.kind)}</td>` +
        `<td class="zh" lang="zh-CN">${cellText(row.zh)}</td>` +
        `<td class="en" lang="en">${cellText(row.en)}${marks}</td></tr>`
      );
    })
    .join('\n');
  const notes = flags.length
    ? `<ol class="footnotes">\n${flags.map((f, i) => footnote(f, i + 1, labels)).join('\n')}\n</ol>`
    : `<p>${esc(labels.noFlags)}</p>`;
  const title = esc(englishHeadline(article));
  const body = `<h1>${title}</h1>
<p class="meta" lang="zh-CN">${esc(article.titleZh)}</p>
${sourceLine(article, labels)}
<table>
<colgroup><col class="num"><col class="kind"><col><col></colgroup>
<thead><tr><th scope="col">${esc(labels.row)}</th><th scope="col">${esc(labels.kind)}</th><th scope="col">${esc(labels.source)}</th><th scope="col">${esc(labels.translation)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>${esc(labels.flags)}</h2>
${notes}`;
  return htmlPage(title, tableCss(), body);
}
