// The review report in three shapes (JSON, CSV, HTML): every flag with category,
// severity, status, evidence and resolution, plus the MQM scorecard. All three come from
// one buildReport() so they can never disagree.
import { SEVERITIES } from '../../checks/types';
import { computeScorecard, countEnglishWords, flagCounts, type Scorecard } from '../../scorecard';
import { csvDocument } from './delimited';
import { htmlPage, tableCss } from './html-styles';
import { englishHeadline } from './paragraphs';
import { cleanText, escapeHtmlText as esc, wholeWords } from './text-safety';
import {
  DEFAULT_LABELS,
  type ExportArticle,
  type ExportFlag,
  type ExportLabels,
  type ExportOptions,
} from './types';

export interface ReportFlag {
  id: number;
  row: number;
  relatedRow: number | null;
  origin: ExportFlag['origin'];
  type: string;
  category: string;
  severity: ExportFlag['severity'];
  status: ExportFlag['status'];
  /** Whether the flag counts towards the scorecard penalty (see scorecard.ts). */
  counted: boolean;
  author: string;
  createdAt: string;
  message: string;
  messageZh: string | null;
  quote: string | null;
  evidence: { zh: string | null; en: string | null };
  suggestion: string | null;
  resolver: string | null;
  /** One line: who did what ("open", "accepted by lee", "resolved by kim", "dismissed by kim"). */
  resolution: string;
  /** Why a person dismissed (or accepted) it, when they said. */
  reason: string | null;
  rowZh: string;
  rowEnOriginal: string;
  rowEn: string;
  comments: { author: string; body: string; createdAt: string }[];
}

export interface Report {
  article: {
    id: number;
    titleZh: string;
    titleEn: string;
    status: string;
    sourceName: string | null;
    sourceUrl: string | null;
    createdAt: string;
    updatedAt: string;
    rows: number;
  };
  scorecard: Scorecard;
  /** Who raised or judged flags, by name. */
  reviewers: string[];
  signOff: {
    approvedBy: string | null;
    approvedAt: string | null;
    overrideReason: string | null;
    openCriticalAtApproval: number;
  };
  flags: ReportFlag[];
}

function resolution(flag: ExportFlag): string {
  if (flag.status === 'open') return 'open';
  return flag.resolver ? `${flag.status} by ${flag.resolver}` : flag.status;
}

function signOffOf(article: ExportArticle): Report['signOff'] {
  const s = article.status === 'approved' ? article.signOff : undefined;
  const text = (v: string | null | undefined) => (v ? cleanText(v) : null);
  return {
    approvedBy: text(s?.approvedBy),
    approvedAt: s?.approvedAt ?? null,
    overrideReason: text(s?.overrideReason),
    openCriticalAtApproval: s?.openCriticalAtApproval ?? 0,
  };
}

export function buildReport(article: ExportArticle, opts: ExportOptions = {}): Report {
  const rowAt = new Map(article.rows.map((r) => [r.position, r]));
  const words = article.rows.reduce((n, r) => n + countEnglishWords(cleanText(r.en)), 0);
  const flags = article.flags.slice().sort((a, b) => a.position - b.position || a.id - b.id);
  return {
    article: {
      id: article.id,
      titleZh: cleanText(article.titleZh),
      titleEn: cleanText(article.titleEn),
      status: article.status,
      sourceName: article.sourceName === null ? null : cleanText(article.sourceName),
      sourceUrl: article.sourceUrl === null ? null : cleanText(article.sourceUrl),
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      rows: article.rows.length,
    },
    scorecard: computeScorecard(flags, words, { threshold: opts.passThreshold }),
    reviewers: (article.reviewers ?? []).map(cleanText),
    signOff: signOffOf(article),
    flags: flags.map((f) => {
      const row = rowAt.get(f.position);
      const words = (snippet: string) => wholeWords(snippet, row?.en ?? '', row?.enOriginal ?? '');
      return {
        id: f.id,
        row: f.position,
        relatedRow: f.relatedPosition,
        origin: f.origin,
        type: f.type,
        category: f.category,
        severity: f.severity,
        status: f.status,
        counted: flagCounts(f),
        author: cleanText(f.author),
        createdAt: f.createdAt,
        message: cleanText(f.note),
        messageZh: f.messageZh === null ? null : cleanText(f.messageZh),
        // Automatic findings quote fixed-width snippets: widened to whole words from the row.
        quote: f.quote === null ? null : cleanText(f.origin === 'check' ? words(f.quote) : f.quote),
        evidence: {
          zh: f.evidence.zh === undefined ? null : cleanText(f.evidence.zh),
          en: f.evidence.en === undefined ? null : cleanText(words(f.evidence.en)),
        },
        suggestion: f.suggestion === null ? null : cleanText(f.suggestion),
        resolver: f.resolver === null ? null : cleanText(f.resolver),
        resolution: cleanText(resolution(f)),
        reason: f.statusReason ? cleanText(f.statusReason) : null,
        rowZh: cleanText(row?.zh),
        rowEnOriginal: cleanText(row?.enOriginal),
        rowEn: cleanText(row?.en),
        comments: f.comments.map((c) => ({
          author: c.author,
          body: cleanText(c.body),
          createdAt: c.createdAt,
        })),
      };
    }),
  };
}

export function writeReportJson(article: ExportArticle, opts: ExportOptions = {}): string {
  return `${JSON.stringify(buildReport(article, opts), null, 2)}\n`;
}

const FLAG_COLUMNS = [
  'flag',
  'row',
  'related_row',
  'origin',
  'type',
  'category',
  'severity',
  'status',
  'counted',
  'author',
  'created_at',
  'message',
  'message_zh',
  'quote',
  'evidence_zh',
  'evidence_en',
  'suggestion',
  'resolver',
  'resolution',
  'row_zh',
  'row_en_original',
  'row_en',
  'comments',
  'reason',
] as const;

/** CSV: the scorecard as name,value lines, a blank line, then one line per flag. */
export function writeReportCsv(article: ExportArticle, opts: ExportOptions = {}): string {
  const report = buildReport(article, opts);
  const s = report.scorecard;
  const lines: (string | number | boolean | null)[][] = [
    ['article', report.article.id],
    ['title_en', report.article.titleEn],
    ['title_zh', report.article.titleZh],
    ['words', s.wordCount],
    ['penalty', s.penalty],
    ['score', s.score],
    ['threshold', s.threshold],
    ['pass', s.pass ? 'yes' : 'no'],
    ['final', s.final ? 'yes' : 'no'],
    ...SEVERITIES.map((sev) => [`unresolved:${sev}`, s.unresolved[sev]]),
    ['reviewed_by', report.reviewers.join('; ')],
    ['approved_by', report.signOff.approvedBy],
    ['approved_at', report.signOff.approvedAt],
    ['override_reason', report.signOff.overrideReason],
    ['override_open_critical', report.signOff.openCriticalAtApproval],
    ...SEVERITIES.map((sev) => [`severity:${sev}`, s.bySeverity[sev]]),
    ...Object.entries(s.byCategory).map(([cat, n]) => [`category:${cat}`, n]),
    [],
    [...FLAG_COLUMNS],
    ...report.flags.map((f) => [
      f.id,
      f.row,
      f.relatedRow,
      f.origin,
      f.type,
      f.category,
      f.severity,
      f.status,
      f.counted ? 'yes' : 'no',
      f.author,
      f.createdAt,
      f.message,
      f.messageZh,
      f.quote,
      f.evidence.zh,
      f.evidence.en,
      f.suggestion,
      f.resolver,
      f.resolution,
      f.rowZh,
      f.rowEnOriginal,
      f.rowEn,
      f.comments.map((c) => `${c.author} (${c.createdAt}): ${c.body}`).join('\n'),
      f.reason,
    ]),
  ];
  return csvDocument(lines);
}

function scorecardHtml(s: Scorecard, l: ExportLabels): string {
  const verdict = s.pass
    ? `<span class="verdict-pass">✓ ${esc(l.pass)}</span>`
    : `<span class="verdict-fail">✗ ${esc(l.fail)}</span>`;
  const counts = (entries: [string, number][]) =>
    entries.map(([k, n]) => `<tr><td>${esc(k)}</td><td>${n}</td></tr>`).join('');
  const finality = s.final ? esc(l.final) : `${esc(l.provisional)} (${s.unresolvedTotal})`;
  return `<h2>${esc(l.scorecard)}</h2>
<dl class="scorecard"><dt>${esc(l.score)}</dt><dd>${s.score} (${esc(l.threshold)} ${s.threshold}) ${verdict} · ${finality}</dd>
<dt>${esc(l.words)}</dt><dd>${s.wordCount}</dd><dt>${esc(l.penalty)}</dt><dd>${s.penalty}</dd></dl>
<table class="counts"><thead><tr><th scope="col">${esc(l.severity)}</th><th scope="col">n</th></tr></thead><tbody>${counts(SEVERITIES.map((k) => [k, s.bySeverity[k]]))}</tbody></table>
<table class="counts"><thead><tr><th scope="col">${esc(l.category)}</th><th scope="col">n</th></tr></thead><tbody>${counts(Object.entries(s.byCategory))}</tbody></table>`;
}

function signOffHtml(report: Report, l: ExportLabels): string {
  const s = report.signOff;
  const reviewers = report.reviewers.length
    ? `<p class="reviewers">${esc(l.reviewedBy)} ${report.reviewers.map(esc).join(', ')}</p>`
    : `<p class="reviewers">${esc(l.noReviewers)}</p>`;
  if (!s.approvedBy) return `<h2>${esc(l.signOff)}</h2>\n${reviewers}\n<p>${esc(l.notApproved)}</p>`;
  const override = s.overrideReason
    ? `<p class="override">${esc(l.override)} (${s.openCriticalAtApproval}): <q>${esc(s.overrideReason)}</q></p>`
    : '';
  return `<h2>${esc(l.signOff)}</h2>
${reviewers}
<p class="approver">${esc(l.approvedBy)} ${esc(s.approvedBy)} · ${esc(s.approvedAt ?? '')}</p>${override}`;
}

function flagHtml(f: ReportFlag): string {
  const cell = (s: string | null) => esc(s ?? '').replace(/\n/g, '<br>');
  const evidence = [
    f.evidence.zh ? `<span lang="zh-CN">${cell(f.evidence.zh)}</span>` : '',
    cell(f.evidence.en),
  ]
    .filter(Boolean)
    .join(' ↔ ');
  const comments = f.comments
    .map((c) => `<li>${esc(c.author)} (${esc(c.createdAt)}): ${cell(c.body)}</li>`)
    .join('');
  return `<tr><td class="num">${f.row}${f.relatedRow !== null ? ` ↔ ${f.relatedRow}` : ''}</td><td class="nowrap"><span class="sev sev-${esc(f.severity)}">${esc(f.severity)}</span></td>
<td>${esc(f.category)}<br>${esc(f.type)} · ${esc(f.origin)}</td><td class="nowrap">${esc(f.status)}${f.counted ? ' *' : ''}</td>
<td>${cell(f.message)}${f.quote ? `<blockquote>${cell(f.quote)}</blockquote>` : ''}</td><td>${evidence}</td>
<td>${cell(f.suggestion)}</td><td>${esc(f.resolution)}${f.reason ? `<br><q>${cell(f.reason)}</q>` : ''}${comments ? `<ul>${comments}</ul>` : ''}</td></tr>`;
}

export function writeReportHtml(article: ExportArticle, opts: ExportOptions = {}): string {
  const l = { ...DEFAULT_LABELS, ...opts.labels };
  const report = buildReport(article, opts);
  const title = `${esc(l.reviewReport)}: ${esc(englishHeadline(article))}`;
  const head = `<tr>${[
    l.row,
    l.severity,
    l.category,
    l.status,
    l.message,
    l.evidence,
    l.suggestion,
    l.resolution,
  ]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr>`;
  const flags = report.flags.length
    ? `<table class="flags"><thead>${head}</thead><tbody>\n${report.flags.map((f) => flagHtml(f)).join('\n')}\n</tbody></table>
<p class="meta">* counts towards the score</p>`
    : `<p>${esc(l.noFlags)}</p>`;
  const body = `<h1>${title}</h1>
<p class="meta"><span lang="zh-CN">${esc(report.article.titleZh)}</span> · ${esc(report.article.status)} · ${esc(report.article.updatedAt)}</p>
${scorecardHtml(report.scorecard, l)}
${signOffHtml(report, l)}
<h2>${esc(l.flags)}</h2>
${flags}`;
  return htmlPage(title, tableCss(), body);
}
