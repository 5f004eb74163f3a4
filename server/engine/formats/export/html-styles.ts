// Inline CSS for the HTML exports. Exports are opened offline, mailed and printed, so
// there are no external fonts or stylesheets; the font stacks and line heights follow
// shared/ui.md (CJK stack, ~1.7 for Chinese, ~1.5 for English), and every state that is
// coloured is also marked with text or a border so it survives black-and-white printing.

export const CJK_FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif';

const BASE_CSS = `
:root { color-scheme: light; }
body { margin: 2rem auto; max-width: 48rem; padding: 0 1rem; color: #1a1a1a; background: #fff;
  font-family: ${CJK_FONT_STACK}; line-height: 1.5; }
[lang|="zh"] { line-height: 1.7; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 1em; }
.byline, .dateline { color: #444; font-size: 0.95rem; }
figcaption, .caption { font-style: italic; color: #333; }
.meta { color: #444; font-size: 0.85rem; margin-bottom: 1.5rem; }
a { color: #0b4f9c; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: underline; }
  h1, h2 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
}
`;

const TABLE_CSS = `
body { max-width: 80rem; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; }
th { background: #eee; }
col.num { width: 3.5rem; }
col.kind { width: 6rem; }
td.num { color: #444; font-variant-numeric: tabular-nums; }
tr.headline td, tr.subhead td { font-weight: 600; }
tr.caption td.zh, tr.caption td.en { font-style: italic; }
.para-break { border-top: 3px double #666; }
sup.fn a { text-decoration: none; font-weight: 600; }
ol.footnotes { font-size: 0.9rem; padding-left: 2rem; }
ol.footnotes li { margin-bottom: 0.6rem; }
.sev { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3em;
  font-size: 0.8rem; text-transform: uppercase; }
.sev-critical { color: #8b0000; border-width: 2px; }
.sev-major { color: #8a4b00; }
.sev-minor { color: #2f4f4f; border-style: dashed; }
.status { font-size: 0.8rem; color: #333; }
blockquote { margin: 0.3rem 0 0.3rem 1rem; padding-left: 0.6rem; border-left: 3px solid #999; }
table.counts { width: auto; display: inline-table; margin: 0 2rem 1rem 0; vertical-align: top; }
table.flags { table-layout: auto; }
table.flags th, table.flags td { overflow-wrap: break-word; }
table.flags td.num, table.flags td.nowrap, .sev { white-space: nowrap; }
dl.scorecard { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
dl.scorecard dt { font-weight: 600; }
.verdict-pass { color: #155724; font-weight: 700; }
.verdict-fail { color: #8b0000; font-weight: 700; text-decoration: underline; }
@media print {
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; }
  th { background: none; border-bottom: 2px solid #000; }
}
`;

export function articleCss(): string {
  return BASE_CSS;
}

export function tableCss(): string {
  return BASE_CSS + TABLE_CSS;
}

/**
 * A complete standalone page; `title` and `body` must already be escaped HTML. The CSP
 * forbids scripts and remote loads, a second line of defence should escaping ever miss.
 */
export function htmlPage(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Duizhao">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
