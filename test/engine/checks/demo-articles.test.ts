import fs from 'node:fs';
import path from 'node:path';
import { checkTexts } from '../../../scripts/cli/check';

// The demo articles (data/demo/) carry planted slips listed in demo.json; the checks, run
// the way the CLI runs them, must find each one and stay quiet on the clean article.
interface Planted {
  type: string;
  enParagraph?: number;
  zhParagraph?: number;
}
interface Demo {
  name: string;
  planted: Planted[];
}

const dir = path.resolve(__dirname, '../../../data/demo');
const demos: Demo[] = fs.existsSync(path.join(dir, 'demo.json'))
  ? (JSON.parse(fs.readFileSync(path.join(dir, 'demo.json'), 'utf8')) as { articles: Demo[] }).articles
  : [];

const findingsOf = (name: string) =>
  checkTexts(
    fs.readFileSync(path.join(dir, `${name}.zh.txt`), 'utf8'),
    fs.readFileSync(path.join(dir, `${name}.en.txt`), 'utf8'),
  );

describe('checks on the demo articles', () => {
  it('has demo articles to check', () => {
    expect(demos.length).toBeGreaterThan(0);
  });

  for (const demo of demos) {
    it(`finds what was planted in "${demo.name}" and nothing of another kind`, () => {
      const found = findingsOf(demo.name);
      for (const p of demo.planted) {
        const side = p.zhParagraph !== undefined ? 'zh' : 'en';
        const para = p.zhParagraph ?? p.enParagraph;
        expect(found.some((f) => f.type === p.type && f[side]?.paragraph === para)).toBe(true);
      }
      const plantedTypes = new Set(demo.planted.map((p) => p.type));
      expect(found.filter((f) => !plantedTypes.has(f.type))).toEqual([]);
    });
  }
});
