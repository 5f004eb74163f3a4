// Titles per kind of finding: the kinds are read from the checks' English messages, so every rule
// must still match a message the checks write, and the seed's headline findings must get titles
// that say which is which.
import fs from 'node:fs';
import path from 'node:path';
import en from '../../../server/i18n/locales/en.json';
import { FINDING_TITLE_RULES, findingKind } from '../../../server/web/pages/finding-titles';
import { importDemo, makeDesk } from '../../helpers/services';

const CHECKS = path.join(__dirname, '..', '..', '..', 'server', 'engine', 'checks');

/** The English message templates in the checks' sources, with ${…} filled by a sample word. */
function messageTemplates(): string[] {
  const out: string[] = [];
  for (const file of fs.readdirSync(CHECKS).filter((f) => f.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(CHECKS, file), 'utf8');
    for (const m of src.matchAll(/\ben:\s*(?:'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`)/g))
      out.push((m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, 'X'));
  }
  return out;
}

describe('finding titles', () => {
  it('every rule matches a message template the checks write, and has a title in the locales', () => {
    const templates = messageTemplates();
    expect(templates.length).toBeGreaterThan(20);
    const dead = FINDING_TITLE_RULES.filter((r) => !templates.some((t) => r.message.test(t))).map(
      (r) => r.kind,
    );
    expect(dead).toEqual([]);
    const titles = (en as { finding_titles: Record<string, string> }).finding_titles;
    expect(FINDING_TITLE_RULES.filter((r) => !titles[r.kind]).map((r) => r.kind)).toEqual([]);
  });

  it('tells apart the seed-like demo headline findings: against the body and against the Chinese headline', async () => {
    const desk = makeDesk();
    try {
      const id = await importDemo(desk.services, 'visit');
      const headline = desk.services.flags.list(id, { type: 'headline' });
      const kinds = headline.map((f) => findingKind(f));
      expect(kinds).toEqual(expect.arrayContaining(['headline_vs_body', 'headline_drops_negation']));
      expect(
        findingKind({ origin: 'person', type: 'headline', note: 'The headline contradicts the article' }),
      ).toBe(null);
    } finally {
      desk.close();
    }
  });
});
