import { parseLexicon } from '../../../server/engine/lexicon';
import { stemEnglish } from '../../../server/engine/text/stem-en';
import { realLexicon } from './real-lexicon';

// A hand-made dictionary in the generated file's format; '?' asks the engine to stem glosses.
const SMALL = [
  '#duizhao-lexicon test',
  "北京\t北京\tBei3 jing1\t?\tBeijing municipality, capital of the People's Republic of China",
  '陈\t陳\tChen2\t?\tsurname Chen',
  '陈\t陳\tchen2\t?\tto lay out; to exhibit\told; stale',
  '走\t走\tzou3\t?\tto walk\tto go',
  '走路\t走路\tzou3 lu4\t?\tto walk; to go on foot',
  '路\t路\tlu4\t?\troad\tpath',
  '学生\t學生\txue2 sheng5\t?\tstudent\tschoolchild',
  '学\t學\txue2\t?\tto learn; to study',
  '生\t生\tsheng1\t?\tto be born\tto give birth',
  "的\t的\tde5\t?\tof; ~'s (possessive particle)\t(used after an attribute when it modifies a noun, as in a very long usage note that is not a translation)",
].join('\n');

describe('parseLexicon', () => {
  const lex = parseLexicon(SMALL);

  it('looks up simplified and traditional forms, one entry per reading', () => {
    expect(lex.has('学生')).toBe(true);
    expect(lex.lookup('陈').map((e) => e.pinyin)).toEqual(['Chen2', 'chen2']);
    expect(lex.lookup('學生')[0]).toMatchObject({ simplified: '学生', glosses: ['student', 'schoolchild'] });
    expect(lex.lookup('没有')).toEqual([]);
  });

  it('marks proper nouns by their capitalised pinyin and spells their English names', () => {
    expect(lex.isProperNoun('北京')).toBe(true);
    expect(lex.isProperNoun('走')).toBe(false);
    expect(lex.englishNames('北京')).toEqual(['Beijing', 'Beijing municipality']);
    expect(lex.englishNames('陈')).toContain('Chen');
  });

  it('gives gloss stems without meta words or long usage notes', () => {
    expect(lex.glossStems('走路')).toEqual(
      expect.arrayContaining([stemEnglish('walk'), stemEnglish('foot')]),
    );
    expect(lex.glossStems('的')).toEqual([]);
    // a name offers its spelling, not the words that explain who it is
    expect(lex.glossStems('陈')).toContain('chen');
  });

  it('segments by longest match with offsets and marks unknown characters', () => {
    const toks = lex.segment('学生走路，猫3只');
    expect(toks.map((t) => [t.text, t.kind, t.start])).toEqual([
      ['学生', 'word', 0],
      ['走路', 'word', 2],
      ['，', 'punct', 4],
      ['猫', 'unknown', 5],
      ['3', 'number', 6],
      ['只', 'unknown', 7],
    ]);
  });

  it('knows toneless readings and pinyin syllables', () => {
    expect(lex.readings('陈')).toEqual(['chen']);
    expect(lex.isSyllable('qing')).toBe(true);
    expect(lex.isSyllable('qingyang')).toBe(false);
  });
});

describe('loadLexicon (generated CC-CEDICT file)', () => {
  const lex = realLexicon();

  it('holds CC-CEDICT with precomputed stems', () => {
    expect(lex.size).toBeGreaterThan(100_000);
    expect(lex.glossStems('友谊')).toContain(stemEnglish('friendship'));
    expect(lex.englishNames('北京')).toContain('Beijing');
  });

  it('segments a headline sensibly', () => {
    const words = lex.segment('李在明访华料改善双边关系').map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['改善', '双边', '关系']));
  });

  it('finds long headwords from either end (the backward pass knows how long words ending so get)', () => {
    expect(lex.segment('他说中华人民共和国成立了').map((t) => t.text)).toContain('中华人民共和国');
    expect(lex.segment('联合国安理会开会').map((t) => t.text)).toContain('安理会');
  });

  it('gives the same entries on a second lookup, and they cannot be changed by a caller', () => {
    const first = lex.lookup('北京');
    expect(lex.lookup('北京')).toEqual(first);
    expect(() => {
      (first[0].glosses as string[]).push('changed');
    }).toThrow();
    expect(lex.lookup('北京')[0].glosses).not.toContain('changed');
  });
});

describe('traditional text', () => {
  const lex = realLexicon();

  it('segments and glosses traditional forms as well', () => {
    const words = lex.segment('我們在學校學習').map((t) => t.text);
    expect(words).toEqual(['我們', '在', '學校', '學習']);
    expect(lex.glossStems('學校')).toContain(stemEnglish('school'));
  });
});
