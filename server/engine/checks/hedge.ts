import {
  type CueMatch,
  enHedges,
  enIntensifiers,
  findZhCues,
  zhAbility,
  zhAttributions,
  zhHedges,
  zhIntensifiers,
} from '../text/cues';
import { attributionFindings, enAttributionCount, lostCueFinding } from './attribution';
import type { CheckContext } from './context';
import { ownWords } from './cue-words';
import { at, finding, snippet } from './finding';
import type { CheckInput, CheckRow, Finding } from './types';

const MODALS = new Set(['may', 'might', 'could']);

export interface CertaintyDiff {
  /** English hedges the Chinese does not have ("is" → "might be"). */
  weakened: CueMatch[];
  /** English intensifiers the Chinese does not have (料 → "highly likely"). */
  strengthened: CueMatch[];
  /** Chinese hedges or attributions with no hedge in the English (a dropped "reportedly"). */
  lost: CueMatch[];
}

export function certaintyDiff(zh: string, en: string, ctx: CheckContext): CertaintyDiff {
  const lex = ctx.lexicons.hedges;
  const zH = ownWords(zh, zhHedges(zh, lex), ctx);
  const eH = enHedges(en, lex);
  const zI = ownWords(zh, zhIntensifiers(zh, lex), ctx);
  const eI = enIntensifiers(en, lex);
  // 可以/能 make "may"/"could" permission or ability, not doubt
  let ability = zhAbility(zh, lex).length;
  // verbs of saying (认为 "believe", 表示 "said") report, they do not doubt: they answer no modal
  const saying = new Set(lex.zh.sayingVerbs ?? []);
  // an English "expected" or "according to" already answers a 预计 or 据: count those first
  const expectations = new Set(lex.en.expectations ?? []);
  // … but not a 可能, which asks for its own modal ("It was reported … may break out")
  const modal = new Set(lex.zh.modalHedges ?? []);
  const answerable = zH.filter((h) => !saying.has(h.cue));
  const spent = Math.min(
    answerable.filter((h) => !modal.has(h.cue)).length,
    eH.filter((h) => !h.strong && expectations.has(h.cue)).length,
  );
  let answers = answerable.length - spent;
  const weakened: CueMatch[] = [];
  for (const m of eH.filter((h) => h.strong)) {
    if (answers > 0) answers--;
    else if (MODALS.has(m.cue) && ability > 0) ability--;
    else weakened.push(m);
  }
  const strengthened = eI.slice(zI.length);
  // only attributions and forecasts: a dropped 可能 is too often a free rendering. An
  // approximator ("about 12 billion") does not carry an attribution across.
  const approximators = new Set(lex.en.approximators ?? []);
  const answered = eH.some((h) => !approximators.has(h.cue));
  // "The agency reports that …" renders 据该社报道 as well as "reportedly" does
  const reported = enAttributionCount(en, ctx) > 0;
  const lost = answered
    ? []
    : ownWords(zh, [...findZhCues(zh, lex.zh.lostTriggers), ...zhAttributions(zh, lex)], ctx)
        .filter((m) => !(reported && ATTRIBUTION.test(m.cue)))
        .sort((a, b) => a.start - b.start);
  return { weakened, strengthened, lost };
}

// lost cues that say whose claim it is (据…报道, 据称, 传出, 相传), as against forecasts (预计)
const ATTRIBUTION = /^(?:据|传|相传)/;

/** A finding on an English cue: the whole Chinese row against the cue's span. */
function englishCueFinding(row: CheckRow, r: number, m: CueMatch, message: Finding['message']): Finding {
  const zhShort = row.zh.length > 80 ? `${row.zh.slice(0, 80)}…` : row.zh;
  return finding({
    type: 'hedge',
    category: 'accuracy/mistranslation',
    severity: 'major',
    zh: at(r),
    en: at(r, m.start, m.end),
    evidence: { zh: zhShort, en: snippet(row.en, m.start, m.end, 30) },
    message,
  });
}

export function hedgeFindings(row: CheckRow, r: number, ctx: CheckContext): Finding[] {
  const d = certaintyDiff(row.zh, row.en, ctx);
  const out: Finding[] = [];
  for (const m of d.weakened) {
    out.push(
      englishCueFinding(row, r, m, {
        en: `The English hedges ("${m.cue}") where the Chinese is certain.`,
        zh: `英文使用了不确定的说法（“${m.cue}”），而中文是确定的表述。`,
      }),
    );
  }
  for (const m of d.strengthened) {
    out.push(
      englishCueFinding(row, r, m, {
        en: `The English intensifies ("${m.cue}") beyond what the Chinese says.`,
        zh: `英文（“${m.cue}”）比中文的语气更加肯定。`,
      }),
    );
  }
  for (const m of d.lost.slice(0, d.strengthened.length ? 0 : 1)) {
    out.push(
      lostCueFinding(row, r, m, {
        en: `The Chinese hedge or attribution "${m.cue}" is missing: the English states it as certain.`,
        zh: `中文的推测或转述“${m.cue}”在英文中缺失，英文成了确定的表述。`,
      }),
    );
  }
  return out;
}

/** Certainty of every aligned pair; the headline row is left to the headline check. */
export function checkHedges(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    if (row.kind === 'headline' || !row.zh.trim() || !row.en.trim()) return;
    const own = hedgeFindings(row, r, ctx);
    out.push(...own);
    // one hedge finding is enough to send the reviewer to the row
    if (own.length === 0) out.push(...attributionFindings(input.rows, r, ctx));
  });
  return out;
}
