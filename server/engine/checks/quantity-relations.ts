// Quantities in relations: how much something grew, shrank or compares with something else
// (增加近半, 翻一番, 下降三成, 是…的两倍; "up by nearly half", "doubled", "fell 30%", "twice as
// many"). Each side's relation is read as a change factor with a direction; the pair disagrees
// when the directions differ or the factors are clearly apart. The word lists are facts of the
// two languages (成 is tenths, 翻N番 is ×2^N, 增加了N倍 may mean ×N or ×(N+1)), not words from
// cases.
import { chineseNumberValue } from '../align/zh-numbers';
import { escapeRegExp } from '../text/regex';

export interface Relation {
  /** Candidate change factors (×2 for "doubled"; 增加了两倍 gives ×2 and ×3). */
  factors: number[];
  /** 近/约/超过/逾, "nearly", "about", "more than": the magnitude is a bound or a rounding. */
  approx: boolean;
  /** Written as a digit percent ("30%", 30%): the number check compares those values already. */
  digits: boolean;
  start: number;
  end: number;
  text: string;
}

/** 三, 十五, 二十, 3, 2.5 → value; null when not a numeral. */
function zhSmall(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return chineseNumberValue(s);
}

// Chinese verbs of change (growth and decline), and the words that mark a bound or rounding
const ZH_UP = '增加|增长|上升|上涨|提高|提升|扩大|攀升|增多|飙升|猛增|激增|增|涨|升';
const ZH_DOWN = '下降|减少|降低|下跌|缩小|回落|下滑|缩减|减|降|跌';
const ZH_APPROX = '近|将近|接近|约|大约|超过|逾|超|达|多达|几乎|不到|不足|约有';
const ZH_NUM = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})';

const zhRes = {
  // 增长了近三成, 下降20%, 减少一半, 增加近半, 提高了百分之十五
  change: new RegExp(
    `(${ZH_UP}|${ZH_DOWN})(?:了)?(${ZH_APPROX})?(?:了)?(?:(${ZH_NUM})成|(一半|半数|近半|过半|半(?=[，。；！？、,;]|$))|(${ZH_NUM})\\s*(?:%|％)|百分之(${ZH_NUM}(?:点[一二三四五六七八九零]+)?)(?!个?百分点))(?!个?百分点)`,
    'g',
  ),
  // 增加了两倍, 增长一倍, 提高到3倍 / 增至三倍
  times: new RegExp(`(${ZH_UP})(了|到|至)?(${ZH_APPROX})?(${ZH_NUM})倍`, 'g'),
  // 翻一番, 翻了两番, 翻番, 翻倍
  doubling: /翻(?:了)?([一二两三四五六七八九\d])?番|翻(?:了)?一?倍/g,
  halving: /减半|腰斩/g,
  // 是去年的两倍, 相当于…的一半
  ratio: new RegExp(
    `(?:是|为|相当于|达到)[^，。；！？,]{0,20}?的(${ZH_APPROX})?(?:(${ZH_NUM})倍|(一半))`,
    'g',
  ),
};

const ZH_DOWN_WORD = new RegExp(`^(?:${ZH_DOWN})$`);
const isDown = (verb: string) => ZH_DOWN_WORD.test(verb);

/** The relations of a Chinese text. */
export function zhRelations(zh: string): Relation[] {
  const out: Relation[] = [];
  const add = (m: RegExpExecArray, factors: number[], approx: boolean, digits = false) => {
    if (factors.some((f) => !Number.isFinite(f) || f < 0)) return;
    if (out.some((r) => m.index < r.end && m.index + m[0].length > r.start)) return;
    out.push({ factors, approx, digits, start: m.index, end: m.index + m[0].length, text: m[0] });
  };
  for (const m of zh.matchAll(zhRes.doubling)) {
    const n = m[1] === undefined ? 1 : zhSmall(m[1]);
    if (n !== null && n > 0 && n <= 6) add(m, [2 ** n], false);
  }
  for (const m of zh.matchAll(zhRes.halving)) add(m, [0.5], false);
  for (const m of zh.matchAll(zhRes.ratio)) {
    const n = m[2] ? zhSmall(m[2]) : 0.5;
    if (n !== null && n > 0) add(m, [n], Boolean(m[1]));
  }
  for (const m of zh.matchAll(zhRes.times)) {
    const n = zhSmall(m[4]);
    if (n === null || n <= 0) continue;
    // 增至三倍 is ×3; 增加了两倍 is read as ×2 or ×3 (usage varies); 增加一倍 is ×2
    const to = m[2] === '到' || m[2] === '至';
    add(m, to ? [n] : n <= 1 ? [1 + n] : [n, n + 1], Boolean(m[3]));
  }
  for (const m of zh.matchAll(zhRes.change)) {
    let share: number | null = null;
    if (m[3]) share = (zhSmall(m[3]) ?? Number.NaN) / 10;
    else if (m[4]) share = 0.5;
    else if (m[5]) share = (zhSmall(m[5]) ?? Number.NaN) / 100;
    else if (m[6]) share = zhPercent(m[6]) / 100;
    if (share === null || !(share > 0)) continue;
    const down = isDown(m[1]);
    if (down && share >= 1) continue;
    const approx = Boolean(m[2]) || m[4] === '近半' || m[4] === '过半';
    add(m, [down ? 1 - share : 1 + share], approx, Boolean(m[5]));
  }
  return out.sort((a, b) => a.start - b.start);
}

function zhPercent(s: string): number {
  const [whole, frac] = s.split('点');
  const w = zhSmall(whole);
  if (w === null) return Number.NaN;
  if (!frac) return w;
  const digits = [...frac].map((c) => chineseNumberValue(c) ?? Number.NaN).join('');
  return Number(`${w}.${digits}`);
}

const EN_SMALL: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twice: 2,
  thrice: 3,
};
const EN_FRACTION: Record<string, number> = {
  half: 0.5,
  'a half': 0.5,
  'one half': 0.5,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'one-third': 1 / 3,
  'two thirds': 2 / 3,
  'two-thirds': 2 / 3,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'one-quarter': 0.25,
  'three quarters': 0.75,
  'three-quarters': 0.75,
  'a fifth': 0.2,
  'one fifth': 0.2,
  'one-fifth': 0.2,
  'a tenth': 0.1,
  'one tenth': 0.1,
  'one-tenth': 0.1,
};

const EN_UP =
  'rose|rise|rises|rising|risen|increased?|increases|increasing|grew|grow|grows|growing|grown|climbed?|climbs|climbing|jumped|jumps?|surged?|surges|soared?|soars|gained?|gains|expanded|expands?|raised?|raises|boosted|boosts?|up|higher|more|larger|bigger|greater|growth';
const EN_DOWN =
  'fell|falls?|falling|fallen|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|decreasing|shrank|shrunk|shrinks?|slid|slides?|slumped|slumps?|plunged?|plunges|cut|cuts|reduced?|reduces|reducing|lowered|lowers?|down|lower|less|fewer|smaller|decline|drop|fall|decrease|reduction';
const EN_APPROX =
  'nearly|almost|about|around|roughly|approximately|some|over|more than|less than|close to|just over|just under|under|upwards of|up to';

const n2 = `(\\d+(?:\\.\\d+)?|${Object.keys(EN_SMALL).join('|')})`;
const frac = `(${Object.keys(EN_FRACTION)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;

const enRes = {
  // doubled, tripled, quadrupled, halved (and their other forms)
  // (the bare form only as a verb after a modal or "to": "double results" is no change)
  verb: /\b(?:(?:doubl|tripl|quadrupl|halv)(?:ed|es|ing)|(?<=\b(?:to|will|would|could|can|may|might|should|did|does|do)\s+)(?:double|triple|quadruple|halve))\b/gi,
  // twice as many, three times as much, half as many, N times more/higher, N-fold
  compare: new RegExp(
    `\\b(?:(${EN_APPROX})\\s+)?(?:${n2}(?:\\s+times|-fold|\\s+fold)|(twice)|(half))(?:\\s+(as|more|higher|larger|bigger|greater|over|that of|the))?\\b`,
    'gi',
  ),
  // rose (by) 30%, fell by nearly half, up a third, cut by 20 percent
  change: new RegExp(
    `\\b(${EN_UP}|${EN_DOWN})\\s+(?:(?:by|of)\\s+)?(?:(${EN_APPROX})\\s+)?(?:(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)(?!\\s*(?:age)?\\s*points?)|${frac})(?![A-Za-z])`,
    'gi',
  ),
  // a 30% increase, a 30 percent drop, 30% more / lower
  after: new RegExp(
    `\\b(?:(${EN_APPROX})\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)\\s+(${EN_UP}|${EN_DOWN})\\b`,
    'gi',
  ),
};

const EN_DOWN_WORD = new RegExp(`^(?:${EN_DOWN})$`, 'i');
const enIsDown = (w: string) => EN_DOWN_WORD.test(w);
const enNum = (s: string) => (/^\d/.test(s) ? Number(s) : (EN_SMALL[s.toLowerCase()] ?? Number.NaN));

/** The relations of an English text. */
export function enRelations(en: string): Relation[] {
  const out: Relation[] = [];
  const add = (start: number, text: string, factors: number[], approx: boolean, digits = false) => {
    if (factors.some((f) => !Number.isFinite(f) || f < 0)) return;
    const end = start + text.length;
    if (out.some((r) => start < r.end && end > r.start)) return;
    out.push({ factors, approx, digits, start, end, text });
  };
  for (const m of en.matchAll(enRes.change)) {
    const down = enIsDown(m[1]);
    const share = m[3] ? Number(m[3]) / 100 : EN_FRACTION[(m[4] ?? '').toLowerCase()];
    if (!(share > 0)) continue;
    // "fell 400%" cannot be, but it still says the thing went down
    add(m.index, m[0], [down ? Math.max(0.01, 1 - share) : 1 + share], Boolean(m[2]), Boolean(m[3]));
  }
  for (const m of en.matchAll(enRes.after)) {
    const share = Number(m[2]) / 100;
    const down = enIsDown(m[3]);
    if (!(share > 0)) continue;
    add(m.index, m[0], [down ? Math.max(0.01, 1 - share) : 1 + share], Boolean(m[1]), true);
  }
  for (const m of en.matchAll(enRes.verb)) {
    const w = m[0].toLowerCase();
    add(
      m.index,
      m[0],
      [w.startsWith('doubl') ? 2 : w.startsWith('tripl') ? 3 : w.startsWith('quad') ? 4 : 0.5],
      false,
    );
  }
  for (const m of en.matchAll(enRes.compare)) {
    const [, approx, count, twice, half, after] = m;
    const tail = (after ?? '').toLowerCase();
    // "half" alone ("half of the staff") is a share, not a comparison: it needs "as"
    if (half && tail !== 'as') continue;
    // "N times" or "twice" with nothing comparative after it counts occurrences ("met twice")
    if (!tail && !/fold/i.test(m[0])) continue;
    const n = half ? 0.5 : twice ? 2 : enNum(count);
    if (!(n > 0)) continue;
    // "three times more / higher" is read as ×3 or ×4, as usage varies
    const more = /^(more|higher|larger|bigger|greater|over)$/.test(tail);
    add(m.index, m[0], more && n > 1 ? [n, n + 1] : [n], Boolean(approx));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Do two relations say the same change? Same direction, and the size of the change within a
 * tolerance that widens when either side is approximate.
 */
export function sameRelation(a: Relation, b: Relation): boolean {
  const tol = a.approx || b.approx ? 0.4 : 0.2;
  for (const x of a.factors)
    for (const y of b.factors) {
      const cx = x - 1;
      const cy = y - 1;
      if (Math.abs(cx) < 1e-9 && Math.abs(cy) < 1e-9) return true;
      if (Math.sign(cx) !== Math.sign(cy)) continue;
      if (Math.abs(cx - cy) / Math.max(Math.abs(cx), Math.abs(cy)) <= tol) return true;
    }
  return false;
}

/** Do two relations go opposite ways (one up, the other down)? */
export function opposite(a: Relation, b: Relation): boolean {
  return a.factors.every((x) => b.factors.every((y) => (x - 1) * (y - 1) < 0));
}

export function describe(r: Relation): string {
  const f = r.factors.map((x) => `×${round(x)}`).join(' or ');
  return r.approx ? `about ${f}` : f;
}

const round = (x: number) => String(Math.round(x * 100) / 100);
