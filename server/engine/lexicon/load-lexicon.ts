import fs from 'node:fs';
import path from 'node:path';
import { lexiconOfPacked, packLexiconText } from './lexicon';
import type { PackedLexicon } from './packed';
import { providedLexicon } from './shared-tables';
import type { Lexicon } from './types';

// The one place the engine reads a file: the compact CC-CEDICT derivative that
// scripts/build-lexicon.mjs writes on install and before each start.
const cache = new Map<string, Lexicon>();

/** Path of the generated dictionary, found from this file in src/ or dist/. */
export function defaultLexiconPath(): string {
  // an operator (or the start-up test) may keep the derived dictionary elsewhere
  if (process.env.LEXICON_PATH) return process.env.LEXICON_PATH;
  let dir = __dirname;
  for (let up = 0; up < 6; up++) {
    const candidate = path.join(dir, 'data', 'generated', 'lexicon.tsv');
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..', '..', '..', 'data', 'generated', 'lexicon.tsv');
}

/**
 * Loads (once per process and path) the dictionary. Throws a clear error when the file is
 * missing, which means `node scripts/build-lexicon.mjs` has not run.
 */
export function loadLexicon(file: string = defaultLexiconPath()): Lexicon {
  const hit = cache.get(file);
  if (hit) return hit;
  const lexicon = lexiconOfPacked(providedLexicon(file) ?? packLexiconFile(file));
  cache.set(file, lexicon);
  return lexicon;
}

/** The dictionary file packed; `share` puts it in SharedArrayBuffers for other threads. */
export function packLexiconFile(file: string = defaultLexiconPath(), share = false): PackedLexicon {
  if (!fs.existsSync(file)) {
    throw new Error(`dictionary not found at ${file}: run "node scripts/build-lexicon.mjs"`);
  }
  return packLexiconText(fs.readFileSync(file, 'utf8'), share);
}
