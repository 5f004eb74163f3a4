// Incremental checks for a save: one row's English changed, so only what can depend on it is
// checked again — the row and its neighbours (split pairs, omissions and additions look across
// rows), the headline against the body, and the article-wide consistency of the names and
// terms the row's Chinese contains. A 3,000-row article costs a few rows of checking, not 3,000.
import type { CheckInput, CheckRow, Finding, FindingLocation } from '../engine/checks/types';
import type { Lexicon } from '../engine/lexicon/types';

/** What a partial run speaks for: the flags it may open, refresh or resolve. */
export interface EditScope {
  /** Article rows whose row-level findings were recomputed. */
  rows: number[];
  /** Finding types recomputed over the whole article. */
  articleTypes: string[];
  /** Inconsistency findings recomputed for these Chinese terms (their evidence.zh). */
  terms: string[];
}

export interface EditCheckResult {
  findings: Finding[];
  scope: EditScope;
}

export type RunChecks = (input: CheckInput, which: (name: string) => boolean) => Finding[];

/** Rows on each side of the edited one whose own findings are recomputed. */
export const NEIGHBOURS = 1;
/** Extra rows of context around those, so the neighbours see their own neighbours. */
const MARGIN = 2;
const ARTICLE_WIDE = new Set(['headline', 'inconsistency']);

function remap(loc: FindingLocation | null, rows: number[]): FindingLocation | null {
  return loc ? { ...loc, row: rows[loc.row] } : null;
}

function remapFinding(f: Finding, rows: number[]): Finding {
  return {
    ...f,
    zh: remap(f.zh, rows),
    en: remap(f.en, rows),
    related: f.related ? remap(f.related, rows) : f.related,
  } as Finding;
}

/** The checks of `run` on the article rows listed in `rows` only, findings in article row numbers. */
function runOn(input: CheckInput, rows: number[], run: RunChecks, which: (n: string) => boolean): Finding[] {
  const sub: CheckRow[] = rows.map((r) => input.rows[r]);
  return run({ ...input, rows: sub }, which).map((f) => remapFinding(f, rows));
}

/** Names and terms in a Chinese text that consistency is judged on: dictionary words and glossary terms. */
function termsIn(zh: string, input: CheckInput, dict: Lexicon | undefined): string[] {
  const terms = new Set<string>();
  for (const g of input.glossary ?? []) if (zh.includes(g.zh)) terms.add(g.zh);
  if (dict) for (const t of dict.segment(zh)) if (t.text.length >= 2) terms.add(t.text);
  return [...terms];
}

export function checkEdit(
  input: CheckInput,
  edited: number,
  run: RunChecks,
  dict: Lexicon | undefined,
): EditCheckResult {
  const n = input.rows.length;
  const lo = Math.max(0, edited - NEIGHBOURS);
  const hi = Math.min(n - 1, edited + NEIGHBOURS);
  const own = new Set<number>();
  for (let r = lo; r <= hi; r++) own.add(r);
  // the window: the headline rows (the body is read against them) and the rows around the edit
  const window = new Set<number>();
  for (let r = 0; r < n && input.rows[r].kind === 'headline'; r++) window.add(r);
  for (let r = Math.max(0, lo - MARGIN); r <= Math.min(n - 1, hi + MARGIN); r++) window.add(r);
  const rows = [...window].sort((a, b) => a - b);
  const local = runOn(input, rows, run, (name) => !ARTICLE_WIDE.has(name)).filter((f) =>
    own.has((f.en ?? f.zh)?.row ?? -1),
  );
  // the headline is judged against the whole body; it is cheap
  const headline = run(input, (name) => name === 'headline');
  // consistency of the edited row's terms, over the rows that contain any of them
  const terms = termsIn(input.rows[edited].zh, input, dict);
  const users = input.rows.flatMap((row, r) => (terms.some((t) => row.zh.includes(t)) ? [r] : []));
  const termSet = new Set(terms);
  const consistency = users.length
    ? runOn(input, users, run, (name) => name === 'inconsistency').filter((f) =>
        termSet.has(f.evidence.zh ?? ''),
      )
    : [];
  return {
    findings: [...local, ...headline, ...consistency],
    scope: { rows: [...own], articleTypes: ['headline'], terms },
  };
}
