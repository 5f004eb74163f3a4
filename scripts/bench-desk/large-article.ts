// A long article for the large-article browser test and bench:desk: the demo articles' body
// paragraphs (data/demo, written for this project) cycled to N paragraphs a side, each numbered (inside its first
// sentence, so the number adds no row) so rows differ, under one headline. Deterministic, and needs nothing outside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config';

function paragraphs(name: string, lang: 'zh' | 'en'): string[] {
  const text = fs.readFileSync(path.join(ROOT_DIR, 'data', 'demo', `${name}.${lang}.txt`), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function largeArticle(count = 300): { zh: string; en: string } {
  const body = ['visit', 'jetliner'].flatMap((name) => {
    const zh = paragraphs(name, 'zh').slice(1);
    const en = paragraphs(name, 'en').slice(1);
    return zh.map((z, i) => ({ zh: z, en: en[i] }));
  });
  const zh = ['印尼总统访澳与国产大飞机：三百段长文'];
  const en = ['The Indonesian state visit and the C919: a three-hundred-paragraph article'];
  for (let i = 0; i < count; i++) {
    const p = body[i % body.length];
    zh.push(`第${i + 1}段：${p.zh}`);
    en.push(`Part ${i + 1}: ${p.en}`);
  }
  return { zh: zh.join('\n\n'), en: en.join('\n\n') };
}
