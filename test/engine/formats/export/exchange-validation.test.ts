// XLIFF 2.0 / 1.2 and TMX exports checked by real tools: xmllint against the OASIS schemas
// and the TMX DTD, and Debian's translate-toolkit reading the units back.
import { exportArticle } from '../../../../server/engine/formats/export';
import { cleanText } from '../../../../server/engine/formats/export/text-safety';
import { tmxRows } from '../../../../server/engine/formats/export/tmx';
import type { ExportArticle } from '../../../../server/engine/formats/export/types';
import { hostileArticle, sampleArticle } from '../../../fixtures/interchange/articles';
import {
  assertSchemasPresent,
  requireXmllint,
  tmpFile,
  translatePython,
  translateToolkitUnits,
  xmllint,
} from './real-tools';

async function exported(article: ExportArticle, format: 'xliff2' | 'xliff12' | 'tmx', name: string) {
  const { body } = await exportArticle(article, format);
  return { text: body.toString('utf8'), file: tmpFile(`${name}.${format}.xml`, body) };
}

const cases: [string, () => ExportArticle][] = [
  ['the reference article', sampleArticle],
  ['an article full of hostile text', hostileArticle],
];

describe('exchange exports validated with xmllint', () => {
  beforeAll(() => {
    requireXmllint();
    assertSchemasPresent();
  });

  describe.each(cases)('%s', (name, make) => {
    it('writes XLIFF 2.0 that the OASIS core schema accepts', async () => {
      const { file } = await exported(make(), 'xliff2', name.replace(/\s/g, '-'));
      const r = xmllint('xliff2', file);
      expect(r.stderr).toContain('validates');
      expect(r.status).toBe(0);
    });

    it('writes XLIFF 1.2 that the strict schema accepts', async () => {
      const { file } = await exported(make(), 'xliff12', name.replace(/\s/g, '-'));
      const r = xmllint('xliff12', file);
      expect(r.stderr).toContain('validates');
      expect(r.status).toBe(0);
    });

    it('writes TMX that the TMX 1.4 DTD accepts', async () => {
      const { file } = await exported(make(), 'tmx', name.replace(/\s/g, '-'));
      const r = xmllint('tmx', file);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  });

  // The same check must be able to fail, or a passing run proves nothing.
  it('rejects an XLIFF 2.0 file whose segment state is not in the schema', async () => {
    const { text } = await exported(sampleArticle(), 'xliff2', 'broken');
    const broken = text.replace('state="translated"', 'state="approved"');
    expect(broken).not.toBe(text);
    const file = tmpFile('broken-state.xlf', broken);
    const r = xmllint('xliff2', file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/state.*approved|fails to validate/);
  });

  it('rejects an XLIFF 1.2 file whose trans-unit lost its required id', async () => {
    const { text } = await exported(sampleArticle(), 'xliff12', 'broken');
    const broken = text.replace(/<trans-unit id="\d+"/, '<trans-unit');
    expect(broken).not.toBe(text);
    const file = tmpFile('broken-id.xliff', broken);
    const r = xmllint('xliff12', file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/id.*required|fails to validate/);
  });

  it('rejects a TMX file with a tu that has no tuv', async () => {
    const { text } = await exported(sampleArticle(), 'tmx', 'broken');
    const broken = text.replace(/<tuv xml:lang="zh-CN">.*?<\/tuv>\s*<tuv xml:lang="en">.*?<\/tuv>/, '');
    expect(broken).not.toBe(text);
    const file = tmpFile('broken.tmx', broken);
    const r = xmllint('tmx', file);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/tu|validity error/);
  });

  it('rejects a file that is not well-formed (raw control character)', () => {
    const file = tmpFile(
      'control.tmx',
      '<?xml version="1.0"?><tmx version="1.4"><header/><body>\u0001</body></tmx>',
    );
    expect(xmllint('tmx', file).status).not.toBe(0);
  });
});

describe('exchange exports read by translate-toolkit 3.8', () => {
  beforeAll(() => {
    translatePython();
  });

  describe.each(cases)('%s', (name, make) => {
    it('finds every row of the XLIFF 1.2 file with the same texts, approved exactly for reviewed/final rows', async () => {
      const article = make();
      const { file } = await exported(article, 'xliff12', `tt-${name.replace(/\s/g, '-')}`);
      const read = translateToolkitUnits('xliff', file);
      expect(read.units).toEqual(article.rows.map((r) => [cleanText(r.zh), cleanText(r.en)]));
      expect(read.approved).toEqual(
        article.rows.map((r) => r.en !== '' && (r.state === 'reviewed' || r.state === 'final')),
      );
    });

    it('finds every aligned pair of the TMX file with the same texts', async () => {
      const article = make();
      const { file } = await exported(article, 'tmx', `tt-${name.replace(/\s/g, '-')}`);
      const read = translateToolkitUnits('tmx', file);
      const pairs = tmxRows(article).map((r) => [cleanText(r.zh), cleanText(r.en)]);
      expect(pairs.length).toBeGreaterThan(0);
      expect(read.units).toEqual(pairs);
    });
  });
});
