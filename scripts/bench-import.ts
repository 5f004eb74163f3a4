// The importer on large and hostile shapes: median of five runs each, with what came out, so a
// quadratic regression shows as a jump in this table rather than as a flaky timed test.
//   npm run bench:import [-- --articles N]
// Then the batch import's cost per article and the engine pool's (bench-import-pool.ts).
import fs from 'node:fs';
import path from 'node:path';
import { readBilingual } from '../server/engine/formats/bilingual';
import { parseDocument } from '../server/engine/formats/import';
import { benchImportCost } from './bench-import-pool';

type Shape = { name: string; run: () => Promise<string> };

async function outcome(p: Promise<{ paragraphs: unknown[] }>): Promise<string> {
  try {
    return `${(await p).paragraphs.length} paragraphs`;
  } catch (e) {
    return `refused: ${(e as { code?: string }).code ?? String(e)}`;
  }
}

const para =
  'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said. ';
const zhPara = '连接河口市南北两岸的跨江大桥今天上午正式通车，全长约两千四百米，比原计划提前三个月完工。';
const enBig = `Bridge opens\n\n${Array.from({ length: 9000 }, () => para).join('\n\n')}`;
const zhBig = `大桥通车\n\n${Array.from({ length: 9000 }, () => zhPara).join('\n\n')}`;
const lol = path.join(__dirname, '../../test/fixtures/interchange/billion-laughs.tmx');

const shapes: Shape[] = [
  {
    name: '20 MB paste over a 5 MB limit',
    run: () =>
      outcome(
        parseDocument({
          text: 'Lorem ipsum dolor sit amet. '.repeat(750_000),
          lang: 'en',
          maxBytes: 5 << 20,
        }),
      ),
  },
  {
    name: '1 MB English article (9,001 paragraphs)',
    run: () => outcome(parseDocument({ buffer: Buffer.from(enBig), lang: 'en', filename: 'big.txt' })),
  },
  {
    name: '1 MB Chinese article (9,001 paragraphs)',
    run: () => outcome(parseDocument({ buffer: Buffer.from(zhBig), lang: 'zh', filename: 'big.txt' })),
  },
  {
    name: 'HTML nested 50,000 deep',
    run: () =>
      outcome(
        parseDocument({
          text: `<!doctype html><body>${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}`,
          filename: 'a.html',
          lang: 'en',
        }),
      ),
  },
  {
    name: 'HTML with 3,000 unclosed <p><font>',
    run: () =>
      outcome(
        parseDocument({
          text: `<!doctype html><body><h1>T</h1>${'<p><font>Some para text here.'.repeat(3000)}`,
          filename: 'a.html',
          lang: 'en',
        }),
      ),
  },
  {
    name: 'HTML with 20,000 widgets and scripts',
    run: () =>
      outcome(
        parseDocument({
          text: `<!doctype html><body>${'<div class="comment">hi</div><script>x</script>'.repeat(20_000)}<p>Body text.</p>`,
          filename: 'a.html',
          lang: 'en',
        }),
      ),
  },
  {
    name: 'Markdown line of 30,000 unmatched markers',
    run: () =>
      outcome(
        parseDocument({
          text: `# T\n\n${'*a __b [c](d `e <f '.repeat(30_000)}`,
          filename: 'a.md',
          lang: 'en',
        }),
      ),
  },
  {
    name: 'TMX billion laughs',
    run: async () => {
      try {
        readBilingual('lol.tmx', fs.readFileSync(lol));
        return 'read';
      } catch (e) {
        return `refused: ${(e as { code?: string }).code}`;
      }
    },
  },
];

async function main(): Promise<void> {
  console.log('| shape | median ms | max ms | outcome |');
  console.log('|---|---|---|---|');
  for (const shape of shapes) {
    const times: number[] = [];
    let result = '';
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      result = await shape.run();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${shape.name} | ${times[2].toFixed(0)} | ${times[4].toFixed(0)} | ${result} |`);
  }
  await benchImportCost();
}

void main();
