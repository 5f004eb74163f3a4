import { parseWordNet } from '../../../server/engine/lexicon/wordnet';

// lines in the generated file's format (scripts/build-wordnet.mjs)
const WN = [
  '#duizhao-wordnet test',
  'w\ttitle',
  'w\tlocal',
  'w\tcorrespondent',
  'w\tchina',
  'p\tchina',
  'p\ttroy',
  'w\ttroy',
  's\tbritain\tunited kingdom',
  's\tunited kingdom\tbritain',
].join('\n');

describe('parseWordNet: words English writes only in lower case', () => {
  const en = parseWordNet(WN);

  it('knows a word WordNet has only in lower case, inflected too', () => {
    expect(en.isOrdinaryOnly('Title')).toBe(true);
    expect(en.isOrdinaryOnly('Correspondents')).toBe(true);
  });

  it('does not call a word that is also a name ordinary (china, Troy), nor an unknown one', () => {
    expect(en.isOrdinaryOnly('China')).toBe(false);
    expect(en.isOrdinaryOnly('Troy')).toBe(false);
    expect(en.isOrdinaryOnly('Zelensky')).toBe(false);
  });

  it('relates the names of one synset (Britain, United Kingdom)', () => {
    expect(en.related('britain').some((r) => r.endsWith('kingdom'))).toBe(true);
  });
});
