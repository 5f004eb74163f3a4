import { detectScript, parseDocument, toSimplified } from '../../../../server/engine/formats/import';

describe('traditional Chinese', () => {
  it('detects the script of Chinese text', () => {
    expect(detectScript('學者認為雙邊關係有望改善，但安全議題難有突破。')).toBe('traditional');
    expect(detectScript('学者认为双边关系有望改善，但安全议题难有突破。')).toBe('simplified');
    expect(detectScript('English only')).toBeUndefined();
  });

  it('gives a simplified form for checks', () => {
    expect(toSimplified('雙邊關係')).toBe('双边关系');
  });

  it('flags a traditional paste but stores the text as imported', async () => {
    const doc = await parseDocument({ text: '大橋通車\n\n連接兩岸的跨江大橋今天上午正式通車。', lang: 'zh' });
    expect(doc.script).toBe('traditional');
    expect(doc.paragraphs[0].text).toBe('大橋通車');
  });

  it('sets no script on the English side', async () => {
    const doc = await parseDocument({ text: 'Title\n\nBody.', lang: 'en' });
    expect(doc.script).toBeUndefined();
  });
});
