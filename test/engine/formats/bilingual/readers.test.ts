import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import {
  detectBilingualFormat,
  InterchangeError,
  readBilingual,
} from '../../../../server/engine/formats/bilingual';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../../fixtures/interchange', name));
const buf = (s: string) => Buffer.from(s, 'utf8');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InterchangeError);
    return (e as InterchangeError).code;
  }
  throw new Error('expected an InterchangeError');
}

describe('readBilingual TSV/CSV', () => {
  it('reads a two-column TSV without header as zh, en', () => {
    const doc = readBilingual('a.tsv', buf('你好\tHello\n再见\tGoodbye\n'));
    expect(doc).toEqual({
      format: 'tsv',
      rows: [
        { kind: 'body', zh: '你好', en: 'Hello' },
        { kind: 'body', zh: '再见', en: 'Goodbye' },
      ],
    });
  });

  it('detects a header in any column order, with kind, note and state columns', () => {
    const doc = readBilingual(
      'a.tsv',
      buf('English\t中文\tType\tNotes\tStatus\nHello\t你好\theadline\tcheck\treviewed\n'),
    );
    expect(doc.rows).toEqual([
      { kind: 'headline', zh: '你好', en: 'Hello', note: 'check', state: 'reviewed' },
    ]);
  });

  it('tolerates a BOM, CRLF, blank lines and quoted cells with delimiters, quotes and line breaks', () => {
    const csv = '\uFEFFzh,en\r\n"一,二","One, ""two""\r\nthree"\r\n\r\n四,four\r\n';
    expect(readBilingual('a.csv', buf(csv)).rows).toEqual([
      { kind: 'body', zh: '一,二', en: 'One, "two"\nthree' },
      { kind: 'body', zh: '四', en: 'four' },
    ]);
  });

  it('reads a GB18030 CSV as written by Excel on Chinese Windows', () => {
    const doc = readBilingual('a.csv', iconv.encode('中文,英文\r\n你好,Hello\r\n', 'gb18030'));
    expect(doc.rows).toEqual([{ kind: 'body', zh: '你好', en: 'Hello' }]);
  });

  it('reads UTF-16 LE with BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('你好\tHello\n', 'utf16le')]);
    expect(readBilingual('a.tsv', bytes).rows[0]).toEqual({ kind: 'body', zh: '你好', en: 'Hello' });
  });

  it('removes the formula guard of a CSV or TSV cell, which the exports write', () => {
    expect(readBilingual('a.csv', buf("zh,en\n等于,'=1+1\n")).rows[0].en).toBe('=1+1');
    expect(readBilingual('a.tsv', buf("zh\ten\n等于\t'=1+1\n")).rows[0].en).toBe('=1+1');
    expect(readBilingual('a.tsv', buf("zh\ten\n等于\t'ok\n")).rows[0].en).toBe("'ok");
  });

  it('rejects a one-column table with bad_tsv', () => {
    expect(codeOf(() => readBilingual('a.tsv', buf('只有中文\n另一行\n')))).toBe('bad_tsv');
  });

  it('rejects an unterminated quoted cell with bad_tsv', () => {
    expect(codeOf(() => readBilingual('a.csv', buf('zh,en\n"一,one\n')))).toBe('bad_tsv');
  });

  it('rejects a header-only table with no_units', () => {
    expect(codeOf(() => readBilingual('a.csv', buf('zh,en\r\n')))).toBe('no_units');
  });
});

describe('readBilingual XLIFF and TMX from other tools', () => {
  it('reads XLIFF 1.2 with groups, inline codes, CDATA, states and notes', () => {
    const doc = readBilingual('story.xlf', fixture('foreign-1.2.xlf'));
    expect(doc.format).toBe('xliff12');
    expect(doc.rows).toEqual([
      {
        kind: 'headline',
        zh: '李在明访华',
        en: 'Lee visits China',
        note: 'Check the headline.\n\nSecond note.',
        state: 'translated',
      },
      { kind: 'body', zh: '他星期天抵达北京。', en: 'He arrives in Beijing on Sunday.', state: 'reviewed' },
      { kind: 'body', zh: 'a < b & c', en: 'a < b & c A', state: 'final' },
      { kind: 'body', zh: '未译', en: '', state: 'initial' },
    ]);
  });

  it('reads XLIFF 2.0 joining a unit’s segments and taking its least advanced state', () => {
    const doc = readBilingual('x.xlf', fixture('foreign-2.0.xlf'));
    expect(doc.format).toBe('xliff2');
    expect(doc.rows).toEqual([
      {
        kind: 'subhead',
        zh: '第一句。第二句。',
        en: 'First sentence.Second sentence.',
        note: 'Keep it short.',
        state: 'translated',
      },
      { kind: 'body', zh: '没有状态', en: '' },
    ]);
  });

  it('reads a TMX 1.1 file with a DOCTYPE, lang attributes, a third language and inline codes', () => {
    const doc = readBilingual('old.tmx', fixture('legacy-doctype.tmx'));
    expect(doc).toEqual({
      format: 'tmx',
      rows: [
        { kind: 'body', zh: '你好世界', en: 'Hello world', note: 'imported from an old TM' },
        { kind: 'body', zh: '再见', en: 'Goodbye' },
      ],
    });
  });

  it('reads a UTF-16 XLIFF written by a Windows tool', () => {
    const xml = fixture('foreign-1.2.xlf').toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(readBilingual('story.xlf', bytes).rows[0]).toMatchObject({ kind: 'headline', zh: '李在明访华' });
  });

  it('swaps sides of an English→Chinese XLIFF so rows stay zh | en', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="1"><source>Hello</source><target>你好</target></trans-unit></body></file></xliff>`;
    expect(readBilingual('x.xliff', buf(xml)).rows[0]).toMatchObject({ zh: '你好', en: 'Hello' });
  });

  it('rejects an XLIFF without units with no_units and a foreign root with bad_structure', () => {
    const empty =
      '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh" trgLang="en"><file id="f"/></xliff>';
    expect(codeOf(() => readBilingual('x.xlf', buf(empty)))).toBe('no_units');
    expect(codeOf(() => readBilingual('x.xlf', buf('<html><body/></html>')))).toBe('bad_structure');
  });
});

describe('detectBilingualFormat', () => {
  it.each([
    ['a.xml', '<?xml version="1.0"?>\n<!-- <tmx> in a comment --><xliff version="2.0">', 'xliff2'],
    [
      'a.xlf',
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      'xliff12',
    ],
    ['a.xml', '<tmx version="1.4">', 'tmx'],
    ['memory.tmx', 'garbage', 'tmx'],
    ['a.csv', 'zh,en', 'csv'],
    ['a.tsv', 'zh\ten', 'tsv'],
    ['pairs.txt', '你好\tHello\n再见\tBye', 'tsv'],
    ['article.txt', '只是一篇文章\n第二段', null],
    ['photo.png', '\x89PNG', null],
  ])('%s starting %j is %s', (name, head, expected) => {
    expect(detectBilingualFormat(name, buf(head))).toBe(expected);
  });

  it('refuses an unknown format with unknown_format', () => {
    expect(codeOf(() => readBilingual('a.docx', buf('PK\x03\x04')))).toBe('unknown_format');
  });
});
