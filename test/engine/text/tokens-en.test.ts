import { stemEnglish } from '../../../server/engine/text/stem-en';
import { contentStems, tokenizeEnglish } from '../../../server/engine/text/tokens-en';

describe('stemEnglish', () => {
  it('brings inflections and gloss forms onto one key', () => {
    expect(stemEnglish('walked')).toBe(stemEnglish('walk'));
    expect(stemEnglish('walking')).toBe(stemEnglish('walks'));
    expect(stemEnglish('stopped')).toBe(stemEnglish('stop'));
    expect(stemEnglish('cried')).toBe(stemEnglish('cry'));
    expect(stemEnglish('happily')).toBe(stemEnglish('happy'));
    expect(stemEnglish('making')).toBe(stemEnglish('make'));
  });

  it('maps common irregular forms to their base', () => {
    expect(stemEnglish('went')).toBe(stemEnglish('go'));
    expect(stemEnglish('children')).toBe(stemEnglish('child'));
    expect(stemEnglish('Thought')).toBe(stemEnglish('think'));
  });
});

describe('tokenizeEnglish / contentStems', () => {
  it('returns words and numbers with offsets', () => {
    const toks = tokenizeEnglish("It's 3,000 km, isn't it?");
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ["It's", 'word'],
      ['3,000', 'number'],
      ['km', 'word'],
      ["isn't", 'word'],
      ['it', 'word'],
    ]);
    expect(toks[1]).toMatchObject({ start: 5, end: 10 });
  });

  it('drops stop words and splits hyphenated words', () => {
    expect(contentStems('The table-cloth of the 2,000 villagers')).toEqual([
      stemEnglish('table'),
      stemEnglish('cloth'),
      '2000',
      stemEnglish('villagers'),
    ]);
  });
});
