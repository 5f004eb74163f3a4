// Does an English name sound like a transliterated name in the Chinese? Chinese spells foreign
// names with characters read for their sound (泽连斯基 ze-lian-si-ji for Zelensky, 科珀斯克里斯蒂
// for Corpus Christi), and older or regional romanisations spell Chinese names otherwise than
// pinyin (Chao for 赵 Zhao, Cheung for 张 Zhang, Tong for 董 Dong). Both keep the consonants'
// places of articulation while voicing, aspiration, vowels and syllable codas change, so the
// two spellings are compared as sequences of broad consonant classes.
import type { Lexicon } from '../lexicon/types';
import { textMemo } from './coverage';

/** Broad consonant classes: P labial stop, F labiodental/w, M/N nasal, T dental, K velar, S sibilant or affricate, L liquid, H. */
type Cls = 'P' | 'F' | 'N' | 'T' | 'K' | 'S' | 'L' | 'H';

/** Consonant classes of an English (or other Latin-script) spelling, by its letters' usual sounds. */
export function englishSounds(word: string): Cls[] {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const out: Cls[] = [];
  const push = (c: Cls) => {
    if (out[out.length - 1] !== c) out.push(c);
  };
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const next = w[i + 1] ?? '';
    const front = /[eiy]/.test(next);
    const prev = w[i - 1] ?? '';
    if ('aeiou'.includes(c)) continue;
    if (c === 'y') continue;
    // w after a vowel closes it (Lewis, Howard, Shaw)
    if (c === 'w' && prev !== '' && 'aeiou'.includes(prev)) continue;
    if ((c === 'c' || c === 's' || c === 'z') && next === 'h') {
      // ch in Christ and Chrysler is k; otherwise ch, sh, zh are sibilants
      push(c === 'c' && /[rl]/.test(w[i + 2] ?? '') ? 'K' : 'S');
      i++;
    } else if (c === 'p' && next === 'h') {
      push('F');
      i++;
    } else if (c === 't' && next === 'h') {
      push('T');
      i++;
    } else if (c === 'g' && next === 'h') {
      i++; // silent in Lighthizer, Hugh
    } else if (c === 'n' && next === 'g') {
      push('N');
      i++;
    } else if (c === 'q') {
      push('K');
      if (next === 'u') i++;
    } else if (c === 'c') push(front ? 'S' : 'K');
    else if (c === 'g') push(front && i > 0 ? 'S' : 'K');
    else if (c === 'x') {
      push('K');
      push('S');
    } else if (c === 'b' || c === 'p') push('P');
    else if (c === 'f' || c === 'v' || c === 'w') push('F');
    else if (c === 'm' || c === 'n') push('N');
    else if (c === 't' || c === 'd') push('T');
    else if (c === 'k') push('K');
    else if (c === 's' || c === 'z' || c === 'j') push('S');
    else if (c === 'l' || c === 'r') push('L');
    else if (c === 'h') push('H');
  }
  return out;
}

/** Consonant classes of one toneless pinyin syllable (an initial and a nasal or -er coda). */
export function pinyinSounds(syllable: string): Cls[] {
  return [...syllableSounds(syllable)] as Cls[];
}

// a syllable's classes as a string of class letters, worked out once per syllable
const syllableMemo = new Map<string, string>();

function syllableSounds(syllable: string): string {
  let v = syllableMemo.get(syllable);
  if (v === undefined) {
    v = soundsOfSyllable(syllable).join('');
    syllableMemo.set(syllable, v);
  }
  return v;
}

function soundsOfSyllable(syllable: string): Cls[] {
  const s = syllable.toLowerCase().replace('u:', 'v');
  const out: Cls[] = [];
  const initial = s.match(/^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/)?.[0] ?? '';
  const map: Record<string, Cls | null> = {
    b: 'P',
    p: 'P',
    m: 'N',
    f: 'F',
    w: 'F',
    d: 'T',
    t: 'T',
    n: 'N',
    l: 'L',
    r: 'L',
    g: 'K',
    k: 'K',
    h: 'H',
    j: 'S',
    q: 'S',
    x: 'S',
    zh: 'S',
    ch: 'S',
    sh: 'S',
    z: 'S',
    c: 'S',
    s: 'S',
    y: null,
  };
  const i = map[initial];
  if (i) out.push(i);
  const rest = s.slice(initial.length);
  if (rest === 'er') out.push('L');
  else if (/n$|ng$/.test(rest) && out[out.length - 1] !== 'N') out.push('N');
  return out;
}

/** Length of the longest common subsequence of two class strings. */
function lcs(a: string, b: string): number {
  const row = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = tmp;
    }
  }
  return row[b.length];
}

/**
 * Every contiguous stretch of a run, each read every way its characters' first three readings
 * allow (capped at 27 ways, extending the shorter stretch's), as class strings with repeats
 * merged: what a word's classes are compared with. Distinct strings only, made once per run
 * (a row's runs are asked about each of its names).
 */
function stretchReadings(run: string, dict: Lexicon): readonly string[] {
  return readingsMemo(dict, run, () => {
    const chars = [...run].filter((c) => HAN.test(c));
    const out = new Set<string>();
    for (let a = 0; a < chars.length; a++) {
      let forms = [''];
      for (let b = a + 1; b <= chars.length; b++) {
        const rs = dict.readings(chars[b - 1]);
        // a character without a reading leaves every stretch through it unread
        if (rs.length === 0) break;
        const next: string[] = [];
        for (const f of forms) for (const r of rs.slice(0, 3)) next.push(f + syllableSounds(r));
        forms = next.slice(0, 27);
        for (const f of forms) {
          const z = f.replace(/(.)\1+/g, '$1');
          if (z.length > 0) out.add(z);
        }
      }
    }
    return [...out];
  });
}

const readingsMemo = textMemo<readonly string[]>(5000);

const HAN = /[\u3400-\u9fff]/;

/**
 * Stretches of the Chinese that may spell a foreign name: runs of transliteration characters
 * (joined across a name dot) of two or more characters.
 */
export function transliteratedRuns(zh: string, translit: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of zh.matchAll(/[\u3400-\u9fff]+(?:[·•・][\u3400-\u9fff]+)*/g)) {
    const parts = m[0].split(/[·•・]/);
    const dotted = parts.length > 1;
    let run = '';
    const flush = () => {
      if (run.length >= 2) out.push(run);
      run = '';
    };
    for (const part of parts) {
      for (const c of part) {
        if (translit.has(c) || dotted) run += c;
        else flush();
      }
      flush();
    }
  }
  return out;
}

/**
 * Does `word` sound like a stretch of one transliterated run of `zh`? Its consonant classes and
 * those of some contiguous stretch of the run must agree on the first consonant and share at
 * least three quarters of both sequences (Dice over the longest common subsequence); a word of
 * one or two consonants must agree exactly, since short outlines match by chance.
 */
export function soundsLike(word: string, runs: string[], dict: Lexicon): boolean {
  if (runs.length === 0) return false;
  // Giusto, George: an initial g before e or i is soft in most languages, hard in some (Gibson)
  const soft = /^g[eiy]/i.test(word);
  const e = englishSounds(word);
  // an initial j or y is often spelled with a y- syllable (约翰 John, 耶伦 Yellen), which
  // pinyin writes without a consonant
  const glide = /^[jy]/i.test(word) && e[0] === 'S' && e.length > 1;
  return (
    matchesRuns(e, runs, dict) ||
    (glide && matchesRuns(e.slice(1), runs, dict)) ||
    (soft &&
      matchesRuns(
        [
          'S',
          ...englishSounds(word)
            .slice(1)
            .filter((c, k) => k > 0 || c !== 'S'),
        ],
        runs,
        dict,
      ))
  );
}

function matchesRuns(classes: Cls[], runs: string[], dict: Lexicon): boolean {
  if (classes.length === 0) return false;
  const e = classes.join('');
  for (const run of runs) {
    for (const z of stretchReadings(run, dict)) {
      if (z[0] !== e[0]) continue;
      if (e.length <= 2 || z.length <= 2) {
        if (z === e) return true;
        continue;
      }
      const common = lcs(e, z);
      if ((2 * common) / (e.length + z.length) >= 0.75) return true;
    }
  }
  return false;
}

/**
 * Transliterations the dictionary does not know fall apart into single characters (刘/易/斯 for
 * Lewis): a run of three or more single-character tokens, one of them a transliteration
 * character and none a function word, is read as a name too.
 */
export function unwordedRuns(
  tokens: readonly { text: string; kind: string }[],
  translit: ReadonlySet<string>,
  functionWords: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 3 && [...run].some((c) => translit.has(c))) out.push(run);
    run = '';
  };
  for (const t of tokens) {
    if (t.text.length === 1 && HAN.test(t.text) && !functionWords.has(t.text)) run += t.text;
    else flush();
  }
  flush();
  return out;
}

/**
 * Stretches of `zh` that may spell a foreign name, for an English word: the table's runs and,
 * unless the word is itself spelled like pinyin (Yaomin, which pinyin must match exactly), the
 * unworded runs.
 */
export function nameRuns(
  zh: string,
  tokens: readonly { text: string; kind: string }[],
  ctx: { translit: ReadonlySet<string>; functionWords: ReadonlySet<string> },
): { table: string[]; all: string[] } {
  const table = transliteratedRuns(zh, ctx.translit);
  return { table, all: [...table, ...unwordedRuns(tokens, ctx.translit, ctx.functionWords)] };
}
