import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { detectScript, parseDocument, toSimplified } from '../../../../server/engine/formats/import';

const CLEAN_NEWS = path.join(__dirname, '../../../../../shared/qa/clean-news/cases/001.zh.txt');

describe('traditional Chinese', () => {
  it('detects the script of Chinese text', () => {
    expect(detectScript('學者認為雙邊關係有望改善，但安全議題難有突破。')).toBe('traditional');
    expect(detectScript('学者认为双边关系有望改善，但安全议题难有突破。')).toBe('simplified');
    expect(detectScript('English only')).toBeUndefined();
  });

  it('tells every paragraph of a news article from its Taiwan and Hong Kong forms, character tables read both ways', () => {
    const paragraphs = fs
      .readFileSync(CLEAN_NEWS, 'utf8')
      .split(/\n+/)
      .filter((p) => (p.match(/\p{Script=Han}/gu) ?? []).length >= 20);
    expect(paragraphs.length).toBeGreaterThan(3);
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
    for (const p of paragraphs) {
      expect(detectScript(p)).toBe('simplified');
      expect(detectScript(tw(p))).toBe('traditional');
      expect(detectScript(hk(p))).toBe('traditional');
    }
    // characters both scripts write alike say nothing
    expect(detectScript('中国人民大会')).toBe('simplified');
    expect(detectScript('中國人民大會')).toBe('traditional');
    expect(detectScript('人口中心大小')).toBeUndefined();
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
