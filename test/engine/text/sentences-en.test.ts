import { splitEnglishSentences } from '../../../server/engine/text/sentences-en';

const parts = (text: string) => splitEnglishSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitEnglishSentences', () => {
  it('splits at . ! ? followed by space and keeps offsets', () => {
    const text = 'He came. Did you see? Yes!  Good.';
    const spans = splitEnglishSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'He came.',
      'Did you see?',
      'Yes!',
      'Good.',
    ]);
    expect(spans[3]).toEqual({ start: 28, end: 33 });
  });

  it('does not split after titles, numbering or initials', () => {
    expect(parts('Mr. Smith met Dr. Chen at No. 2 Road. They talked.')).toEqual([
      'Mr. Smith met Dr. Chen at No. 2 Road.',
      'They talked.',
    ]);
    expect(parts('J. K. Rowling wrote it. It sold well.')).toEqual([
      'J. K. Rowling wrote it.',
      'It sold well.',
    ]);
  });

  it('tells a dotted acronym inside a sentence from one at its end', () => {
    expect(parts('The U.S. Army arrived. Then it left.')).toEqual([
      'The U.S. Army arrived.',
      'Then it left.',
    ]);
    expect(parts('He moved to the U.S. The family followed.')).toEqual([
      'He moved to the U.S.',
      'The family followed.',
    ]);
  });

  it('never splits decimals and keeps closing quotes with the sentence', () => {
    expect(parts('Growth was 3.5 percent. "We are pleased." She smiled.')).toEqual([
      'Growth was 3.5 percent.',
      '"We are pleased."',
      'She smiled.',
    ]);
    expect(parts("'Why?' he asked. 'Because.'")).toEqual(["'Why?' he asked.", "'Because.'"]);
  });

  it('does not split before a lower-case word (e.g. etc.)', () => {
    expect(parts('Fruit, e.g. apples, etc. are sold here. Fine.')).toEqual([
      'Fruit, e.g. apples, etc. are sold here.',
      'Fine.',
    ]);
    expect(parts('Wait... and then he left.')).toEqual(['Wait... and then he left.']);
  });

  it('keeps a closing credit with its caption', () => {
    expect(parts('Lee and Xi exchanged gifts in Gyeongju. (AFP)\nNext.')).toEqual([
      'Lee and Xi exchanged gifts in Gyeongju. (AFP)',
      'Next.',
    ]);
  });

  it('breaks at line breaks', () => {
    expect(parts('Headline here\nFirst sentence. Second')).toEqual([
      'Headline here',
      'First sentence.',
      'Second',
    ]);
  });
});
