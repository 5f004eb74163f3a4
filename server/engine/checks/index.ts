import { checkAddition } from './addition';
import type { CheckContext } from './context';
import { checkEntities } from './entity';
import { checkEntityPeople } from './entity-people';
import { checkHeadline } from './headline';
import { checkHedges } from './hedge';
import { checkInconsistency } from './inconsistency';
import { checkLength } from './length';
import { checkNegation } from './negation';
import { checkNumbers } from './number';
import { checkOmission } from './omission';
import { checkPunctuation } from './punctuation';
import { checkRelations } from './relation';
import { fromView, pairView } from './split-pairs';
import { checkTerminology } from './terminology';
import type { CheckInput, Finding } from './types';
import { checkUntranslated } from './untranslated';

export type { CheckContext, CheckLexicons } from './context';
export { clearCheckMemos } from './coverage';
export { loadCheckContext, loadCheckLexicons } from './load-lexicons';
export { type RowPiece, type RowsWithPieces, rowsFromAlignment, toParagraph } from './rows';
export type { CheckInput, CheckRow, Finding, FindingLocation, FindingType, GlossaryTerm } from './types';

export type Check = (input: CheckInput, ctx: CheckContext) => Finding[];

/** Two checks of one finding type run as one (the type's name selects both). */
function both(a: Check, b: Check): Check {
  return (input, ctx) => [...a(input, ctx), ...b(input, ctx)];
}

/**
 * Every check (runChecks lists their findings by row and position). Pairwise checks compare the two sides
 * of a pair and see split pairs joined (split-pairs.ts); the others see the rows as aligned.
 */
export const CHECKS: readonly { name: string; run: Check; pairwise?: boolean }[] = [
  { name: 'number', run: both(checkNumbers, checkRelations), pairwise: true },
  { name: 'negation', run: checkNegation, pairwise: true },
  { name: 'hedge', run: checkHedges, pairwise: true },
  { name: 'entity', run: both(checkEntities, checkEntityPeople), pairwise: true },
  { name: 'omission', run: checkOmission },
  { name: 'addition', run: checkAddition },
  { name: 'untranslated', run: checkUntranslated },
  { name: 'headline', run: checkHeadline, pairwise: true },
  { name: 'terminology', run: checkTerminology },
  { name: 'inconsistency', run: checkInconsistency },
  { name: 'punctuation', run: checkPunctuation },
  { name: 'length', run: checkLength },
];

function sortKey(f: Finding): string {
  const loc = f.en ?? f.zh;
  const row = String(loc?.row ?? 0).padStart(6, '0');
  const start = String(loc?.start ?? 0).padStart(6, '0');
  return `${row}:${start}:${f.type}:${f.evidence.en ?? ''}:${f.evidence.zh ?? ''}`;
}

/** A key that stays the same across re-runs while the finding's cause stays (type, rows, evidence). */
export function findingKey(f: Finding): string {
  return [f.type, f.zh?.row ?? '-', f.en?.row ?? '-', f.evidence.zh ?? '', f.evidence.en ?? ''].join('|');
}

/**
 * Runs every check (or those `which` names) on an article's aligned rows. Pure and
 * deterministic: the same rows and context give the same findings in the same order, without
 * duplicates. A save re-runs some checks on a few rows (workers/edit-checks.ts).
 */
export function runChecks(
  input: CheckInput,
  ctx: CheckContext,
  which: (name: string) => boolean = () => true,
): Finding[] {
  const all: Finding[] = [];
  const view = pairView(input);
  for (const c of CHECKS) {
    if (!which(c.name)) continue;
    if (c.pairwise) all.push(...c.run(view.input, ctx).map((f) => fromView(f, view)));
    else all.push(...c.run(input, ctx));
  }
  // an inserted sentence has no source, so its numbers, names and negations have none
  // either: one addition finding says it all
  const added = all.filter((f) => f.type === 'addition' && f.en);
  const insideAddition = (f: Finding) =>
    f.type !== 'addition' &&
    f.en !== null &&
    added.some(
      (a) =>
        a.en?.row === f.en?.row &&
        (a.en?.start === undefined ||
          (f.en?.start !== undefined &&
            f.en.start >= a.en.start &&
            (f.en.end ?? f.en.start) <= (a.en.end ?? 0))),
    );
  const seen = new Set<string>();
  const unique = all.filter((f) => {
    if (insideAddition(f)) return false;
    const k = findingKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}
