import { englishSounds, soundsLike, transliteratedRuns } from '../../../server/engine/checks/name-sounds';
import { context } from './fixtures';

const dict = () => {
  const d = context().dictionary;
  if (!d) throw new Error('the dictionary is needed');
  return d;
};
const translit = () => context().lexicons.transliteration;
const sounds = (word: string, zh: string) => soundsLike(word, transliteratedRuns(zh, translit()), dict());

describe('name sounds: consonant outlines of English spellings against transliterations', () => {
  it('reads English letters by their usual sounds (ch, ph, th, soft c, x)', () => {
    expect(englishSounds('Zelensky')).toEqual(['S', 'L', 'N', 'S', 'K']);
    expect(englishSounds('Philip')).toEqual(['F', 'L', 'P']);
    expect(englishSounds('Christi')).toEqual(['K', 'L', 'S', 'T']);
  });

  it('finds the runs of transliteration characters, each part of a dotted name its own', () => {
    expect(transliteratedRuns('乌克兰总统泽连斯基表示', translit())).toContain('泽连斯基');
    expect(transliteratedRuns('雅伊尔·博索纳罗', translit())).toEqual(['雅伊尔', '博索纳罗']);
  });

  it('matches foreign names to their transliteration', () => {
    expect(sounds('Zelensky', '乌克兰总统泽连斯基表示')).toBe(true);
    expect(sounds('Christi', '得克萨斯州科珀斯克里斯蒂市')).toBe(true);
    expect(sounds('Bolsonaro', '巴西总统博索纳罗')).toBe(true);
  });

  it('does not match a name of other sounds, nor a short outline by chance', () => {
    expect(sounds('Johnson', '乌克兰总统泽连斯基表示')).toBe(false);
    expect(sounds('Merkel', '巴西总统博索纳罗')).toBe(false);
    expect(sounds('Zelensky', '他在北京说')).toBe(false);
  });
});
