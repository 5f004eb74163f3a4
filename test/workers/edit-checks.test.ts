// Incremental checks on save (issue 10, defect 4): the edited row, its neighbours, the headline
// and the consistency of the row's terms are checked again — with the same findings a full
// run gives there — and nothing else is.

import { findingKey } from '../../server/engine/checks';
import type { Finding } from '../../server/engine/checks/types';
import { checkRowsOf, jobs } from '../../server/workers/jobs';
import { demoText, engine, importDemo, makeDesk } from '../helpers/services';

const key = (f: Finding) => findingKey(f);

/** Plausible slips a translator makes while editing: a number, a negation, a hedge, a cut. */
const EDITS: ((en: string) => string)[] = [
  (en) => en.replace(/\d+/, (d) => String(Number(d) + 3)),
  (en) => en.replace(/\b(is|are|was|were|will)\b/, '$1 not'),
  (en) => en.replace(/\blikely\b|\bexpected\b/, 'certain'),
  (en) => en.split(/(?<=[.!?])\s+/)[0] ?? en,
];

describe('checkEdit', () => {
  it.each(['visit', 'flood', 'jetliner'])(
    'gives the findings of a full run within its scope, for every row of %s and every edit',
    async (name) => {
      const prepared = await jobs.prepareImport({
        zh: { text: demoText(name, 'zh') },
        en: { text: demoText(name, 'en') },
        limits: { maxBytes: 5e6 },
        glossary: [],
      });
      const base = checkRowsOf(prepared.rows);
      let compared = 0;
      for (let row = 0; row < base.length; row++) {
        for (const edit of EDITS) {
          const rows = base.map((r, i) => (i === row ? { ...r, en: edit(r.en) } : r));
          const input = { rows, glossary: [] };
          const full = jobs.check(input);
          const partial = jobs.checkEdit({ input, row });
          const own = new Set(partial.scope.rows);
          const terms = new Set(partial.scope.terms);
          const inScope = (f: Finding) =>
            f.type === 'headline' ||
            (f.type === 'inconsistency'
              ? terms.has(f.evidence.zh ?? '')
              : own.has((f.en ?? f.zh)?.row ?? -1));
          expect(partial.findings.map(key).sort()).toEqual(full.filter(inScope).map(key).sort());
          compared += full.filter(inScope).length;
        }
      }
      expect(compared).toBeGreaterThan(0);
    },
  );
});

describe('segments.saveEnglish and the checks', () => {
  it('runs the checks of the edited row, not of the whole article', async () => {
    const calls = { full: 0, edit: [] as number[] };
    const real = engine();
    const desk = makeDesk(
      {},
      {
        ...real,
        check: (input) => {
          calls.full++;
          return real.check(input);
        },
        checkEdit: (input, row) => {
          calls.edit.push(row);
          return real.checkEdit(input, row);
        },
      },
    );
    try {
      const id = await importDemo(desk.services, 'visit');
      const seg = desk.services.articles.get(id).segments[3];
      calls.full = 0;
      const saved = await desk.services.segments.saveEnglish({
        articleId: id,
        segmentId: seg.id,
        text: `${seg.en} It rained for 99 days.`,
        author: 'ed',
      });
      expect(saved.version).toBe(seg.version + 1);
      expect(calls).toEqual({ full: 0, edit: [3] });
    } finally {
      desk.close();
    }
  });

  it('leaves flags outside the edit alone and updates those inside it', async () => {
    const desk = makeDesk();
    try {
      const id = await importDemo(desk.services, 'visit');
      const before = desk.services.articles.get(id);
      const flagged = before.segments.findIndex((s) =>
        before.flags.some((f) => f.segmentId === s.id && f.origin === 'check' && f.type !== 'headline'),
      );
      expect(flagged).toBeGreaterThanOrEqual(0);
      const far = before.segments.length - 1 - flagged > 3 ? before.segments.length - 1 : 0;
      const seg = before.segments[far];
      const outside = before.flags.filter(
        (f) => f.origin === 'check' && f.segmentId === before.segments[flagged].id,
      );
      await desk.services.segments.saveEnglish({
        articleId: id,
        segmentId: seg.id,
        text: `${seg.en} Officials said it would not rain.`,
        author: 'ed',
      });
      const after = desk.services.articles.get(id);
      for (const f of outside) expect(after.flags.find((g) => g.id === f.id)?.status).toBe(f.status);
      const full = await desk.services.articles.recheck(id, 'chief');
      const openAfterFull = desk.services.articles
        .get(id)
        .flags.filter((f) => f.status === 'open')
        .map((f) => f.id)
        .sort();
      // a full re-check afterwards changes nothing the save left open or resolved
      expect(
        after.flags
          .filter((f) => f.status === 'open')
          .map((f) => f.id)
          .sort(),
      ).toEqual(openAfterFull);
      expect(full.open).toBeGreaterThan(0);
    } finally {
      desk.close();
    }
  });
});
