// CC-CEDICT and WordNet packed into typed arrays (issue 11: per-thread memory): the packed
// forms answer every question the Maps and strings they replaced answered, also when another
// thread packed them into SharedArrayBuffers.
import fs from 'node:fs';
import { packEnglish } from '../../../server/engine/checks/load-lexicons';
import { defaultLexiconPath } from '../../../server/engine/lexicon';
import { lexiconOfPacked, packLexiconText } from '../../../server/engine/lexicon/lexicon';
import { englishOfPacked, packWordNet } from '../../../server/engine/lexicon/wordnet';
import { stemEnglish } from '../../../server/engine/text/stem-en';
import { realLexicon } from './real-lexicon';

// unsorted on purpose (a hand-written file), with traditional forms and a headword read two ways
const SMALL = [
  '陈\t陳\tChen2\t?\tsurname Chen',
  '学生\t學生\txue2 sheng5\t?\tstudent\tschoolchild',
  '陈\t陳\tchen2\t?\tto lay out; to exhibit',
  '走路\t走路\tzou3 lu4\t?\tto walk; to go on foot',
  '学\t學\txue2\t?\tto learn; to study',
  '生\t生\tsheng1\t?\tto be born',
  '走\t走\tzou3\t?\tto walk',
  '门\t門\tmen2\t?\tgate',
].join('\n');

describe('packed lexicon', () => {
  it('finds headwords and traditional forms, in file order, over shared or own memory', () => {
    for (const share of [false, true]) {
      const packed = packLexiconText(SMALL, share);
      expect(packed.keys.buffer).toBeInstanceOf(share ? SharedArrayBuffer : ArrayBuffer);
      const lex = lexiconOfPacked(packed);
      expect(lex.has('学生')).toBe(true);
      expect(lex.has('学')).toBe(true);
      expect(lex.has('學生')).toBe(false);
      expect(lex.has('学走')).toBe(false);
      expect(lex.size).toBe(7);
      expect(lex.lookup('陈').map((e) => e.pinyin)).toEqual(['Chen2', 'chen2']);
      expect(lex.lookup('陳').map((e) => e.glosses[0])).toEqual(['surname Chen', 'to lay out; to exhibit']);
      expect(lex.lookup('學生')[0]).toMatchObject({
        simplified: '学生',
        traditional: '學生',
        glosses: ['student', 'schoolchild'],
      });
      expect(lex.readings('陈')).toEqual(['chen']);
      expect(lex.glossStems('走路')).toEqual(
        expect.arrayContaining([stemEnglish('walk'), stemEnglish('foot')]),
      );
    }
  });

  it('segments a run seen before as when it was new, also inside other texts and after traditional forms came in', () => {
    // 斈 is a made-up headword whose traditional form is the pair 学走
    const lex = lexiconOfPacked(packLexiconText(`${SMALL}\n斈\t学走\txue2\t?\tto learn walking`, false));
    const words = (text: string) => lex.segment(text).map((t) => [t.text, t.start, t.kind]);
    expect(words('学走')).toEqual([
      ['学', 0, 'word'],
      ['走', 1, 'word'],
    ]);
    expect(words('门，学走')).toEqual([
      ['门', 0, 'word'],
      ['，', 1, 'punct'],
      ['学', 2, 'word'],
      ['走', 3, 'word'],
    ]);
    lex.segment('學生'); // a traditional text: traditional forms count as words from now on
    expect(words('学走')).toEqual([['学走', 0, 'word']]);
  });

  it('segments traditional text by its traditional words, and simplified text by the longest headword', () => {
    const lex = lexiconOfPacked(packLexiconText(SMALL, true));
    expect(lex.segment('学生走路').map((t) => [t.text, t.kind])).toEqual([
      ['学生', 'word'],
      ['走路', 'word'],
    ]);
    expect(lex.segment('學生走門').map((t) => [t.text, t.kind])).toEqual([
      ['學生', 'word'],
      ['走', 'word'],
      ['門', 'word'],
    ]);
  });

  it('holds every line of the real dictionary: each headword and traditional form finds its line', () => {
    const lex = realLexicon();
    const lines = fs
      .readFileSync(defaultLexiconPath(), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    for (let i = 0; i < lines.length; i += 37) {
      const [simplified, traditional, pinyin, , ...glosses] = lines[i].split('\t');
      expect(lex.has(simplified)).toBe(true);
      expect(lex.lookup(simplified)).toContainEqual(expect.objectContaining({ simplified, pinyin, glosses }));
      if (traditional !== simplified && !lex.has(traditional))
        expect(lex.lookup(traditional)).toContainEqual(expect.objectContaining({ simplified, pinyin }));
    }
    expect(lex.has('不是一个词的字符串')).toBe(false);
  });
});

describe('packed WordNet', () => {
  const WN = [
    'w\trise',
    'w\tfall',
    'w\treject',
    'w\trejection',
    'p\tchina',
    'w\tchina',
    'a\trise\tfall',
    'a\tsay farewell\tgreet',
    'd\trejection\treject',
    's\tbritain\tunited kingdom',
  ].join('\n');

  it('answers antonyms, derivations, synonyms and word questions, over shared memory too', () => {
    for (const share of [false, true]) {
      const en = englishOfPacked(packWordNet(WN, [['accept', 'refuse']], share));
      expect(en.antonyms('rises')).toEqual([stemEnglish('fall')]);
      expect(en.antonyms('accepted')).toEqual([stemEnglish('refuse')]);
      expect(en.antonyms('greet')).toEqual([]);
      expect(en.derived('rejection')).toEqual([stemEnglish('reject')]);
      expect(en.related('reject')).toEqual([stemEnglish('rejection')]);
      expect(en.related('britain')).toEqual([`${stemEnglish('united')} ${stemEnglish('kingdom')}`]);
      expect(en.isWord('falls')).toBe(true);
      expect(en.isWord('fallx')).toBe(false);
      expect(en.isOrdinaryOnly('China')).toBe(false);
      expect(en.isOrdinaryOnly('Rejections')).toBe(true);
    }
  });

  it('packs the real WordNet file with the antonym list', () => {
    const en = englishOfPacked(packEnglish(undefined, true).packed);
    expect(en.antonyms('increase')).toContain(stemEnglish('decrease'));
    expect(en.isWord('house')).toBe(true);
  });
});
