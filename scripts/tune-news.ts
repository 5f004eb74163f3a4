// Tries aligner weights on news-article sets (make.py output) and prints one line per set:
// link P/R/F1 per variant, orphaned, false links. For fitting by hand on tuning sets only.
//   tsx scripts/tune-news.ts '{"breakBoth":2}' DIR[:odd|even] ...
import os from 'node:os';
import path from 'node:path';
import { type AlignParams, ARTICLE_PARAMS } from '../server/engine/align';
import { loadLexicon } from '../server/engine/lexicon';
import { sharedDir } from './align-eval';
import { confidenceCounts, pickDocs, readNewsCases, runNewsCases, scoreNewsRun } from './news-eval';

function main(): void {
  const [json, ...sets] = process.argv.slice(2);
  const override = JSON.parse(json || '{}') as Partial<AlignParams>;
  const params: AlignParams = {
    ...ARTICLE_PARAMS,
    ...override,
    beads: { ...ARTICLE_PARAMS.beads, ...(override.beads ?? {}) },
  };
  const lex = loadLexicon();
  const scorer = path.join(sharedDir(path.resolve(__dirname, '..', '..')), 'align', 'news-dev', 'score.py');
  for (const spec of sets) {
    const [dir, docs] = spec.split(':');
    const cases = pickDocs(readNewsCases(dir), docs);
    const runDir = path.join(os.tmpdir(), 'tune', path.basename(dir) + (docs ?? ''));
    const run = runNewsCases(cases, lex, runDir, dir, { params });
    const s = scoreNewsRun(scorer, runDir, dir);
    const c = confidenceCounts(cases, run, 0.5);
    const cell = (v: string) => {
      const a = s.aligner[v];
      return a ? `${v.slice(0, 4)} ${a.P.toFixed(3)}/${a.R.toFixed(3)}/${a.F1.toFixed(3)}` : '';
    };
    const all = s.aligner.all;
    console.log(
      `${spec.padEnd(26)} ${['reflow', 'abridged', 'padded', 'all'].map(cell).join('  ')}  orph ${all.orphaned_rate.toFixed(3)} false ${all.false_linked}  unsure ${c.wrongLinksUnsure}/${c.wrongLinks} right-unsure ${c.rightRowsUnsure}/${c.linkedRows - c.wrongRows}`,
    );
  }
}

main();
