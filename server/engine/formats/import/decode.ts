import chardet from 'chardet';
import iconv from 'iconv-lite';
import { hasBinaryBytes } from './binary';
import { FormatError } from './format-error';

/**
 * Bytes → string for the encodings Chinese and English articles arrive in.
 *
 * Order matters: a BOM is proof; UTF-16 without a BOM is recognised by where its NULs
 * fall (ASCII in UTF-16 is every other byte zero) before the NUL test could call it
 * binary, and Chinese-only UTF-16 (no NULs at all, bytes that look like control codes)
 * by decoding to frequent Chinese characters. Valid UTF-8 is accepted next, because
 * legacy CJK encodings almost never form valid UTF-8 by accident; then a charset the
 * document declares (HTML meta), if it decodes cleanly. Only then do we guess: chardet's
 * ranking decides between Latin and CJK families, and among the CJK candidates (GB18030,
 * Big5, UTF-16) the one whose decoding is made of frequent Chinese characters wins —
 * chardet alone sometimes prefers EUC-JP for short GBK text. GBK is reported as GB18030
 * (its superset); a UTF-8 BOM is reported as 'UTF-8' with `bom: true`.
 */

export interface Decoded {
  text: string;
  /** Name of the encoding used, as iconv-lite spells it ('UTF-8', 'GB18030', 'UTF-16LE', …). */
  encoding: string;
  bom: boolean;
}

// The most frequent Chinese characters, simplified then traditional forms. Only used
// to score candidate decodings, so a few hundred is plenty.
const COMMON_HAN = new Set(
  Array.from(
    '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵拒晓頭這個們來為國說時會對於著過發後裡種經麼學現當沒動還進開實從問長機處時關點業將兩間題與體統區報會開資計論讓識產電數認條務義應論員見話萬總鬥歷際傳錄區議選戰術領導運聯雙邊韓壓盧鮮黨濟畫隊變響歲愛樂買賣質讀書錢記樣達強軍線東車聽無當區亞歐華陽雲陳場',
  ),
);
/** Encodings whose bytes we never confuse with CJK: chardet is reliable for them. */
const LATIN = new Set(['ISO-8859-1', 'windows-1252', 'ISO-8859-2', 'windows-1250', 'ISO-8859-15']);

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function bomEncoding(buf: Buffer): { encoding: string; skip: number } | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { encoding: 'UTF-8', skip: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'UTF-16LE', skip: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'UTF-16BE', skip: 2 };
  if (buf.length >= 4 && buf[0] === 0x84 && buf[1] === 0x31 && buf[2] === 0x95 && buf[3] === 0x33)
    return { encoding: 'GB18030', skip: 4 };
  return null;
}

/** 'UTF-16LE' / 'UTF-16BE' when NUL bytes sit almost only at odd / even offsets. */
function utf16ByNuls(buf: Buffer): string | null {
  const n = Math.min(buf.length - (buf.length % 2), 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const total = even + odd;
  if (total === 0 || buf.length % 2 !== 0) return null;
  // Needs a real share of ASCII (spaces, digits, newlines) for the pattern to mean anything.
  if (total < n / 64) return null;
  if (odd / total > 0.95) return 'UTF-16LE';
  if (even / total > 0.95) return 'UTF-16BE';
  return null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
function tryUtf8(buf: Buffer): string | null {
  try {
    return utf8Strict.decode(buf);
  } catch {
    return null;
  }
}

/**
 * How much a decoding looks like real text: share of characters that are printable ASCII,
 * common CJK punctuation or frequent Han, minus a heavy penalty for replacement, control,
 * private-use and surrogate characters. Samples the start for speed.
 */
export function textLikeness(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let good = 0;
  let bad = 0;
  let n = 0;
  for (const ch of sample) {
    n++;
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good += 1;
    else if (COMMON_HAN.has(ch)) good += 1;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2010 && c <= 0x2027))
      good += 1;
    else if (c >= 0x4e00 && c <= 0x9fff) good += 0.35;
    else if (c === 0xfffd || c < 0x20 || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xd800 && c <= 0xdfff))
      bad += 1;
  }
  return n === 0 ? 0 : (good - 4 * bad) / n;
}

function decodeWith(buf: Buffer, encoding: string): string {
  return stripBom(iconv.decode(buf, encoding));
}

/** Normalises a declared/detected name to one iconv-lite knows, or null. */
function usable(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  if (lower === 'gbk' || lower === 'gb2312' || lower === 'x-gbk' || lower === 'gb18030') return 'GB18030';
  if (lower === 'big5' || lower === 'big5-hkscs') return 'Big5';
  if (lower === 'utf8' || lower === 'utf-8') return 'UTF-8';
  return iconv.encodingExists(lower) ? name : null;
}

/**
 * Decodes bytes to text. `declared` is a charset named by the document itself (an HTML
 * meta tag); it is used when the bytes are not UTF-8 and the named decoding is clean.
 * Throws FormatError('binary_file') for bytes that are not text in any supported encoding.
 */
export function decodeBytes(buf: Buffer, declared?: string | null): Decoded {
  const bom = bomEncoding(buf);
  if (bom)
    return { text: iconv.decode(buf.subarray(bom.skip), bom.encoding), encoding: bom.encoding, bom: true };

  const wide = utf16ByNuls(buf);
  if (wide) {
    const text = decodeWith(buf, wide);
    if (textLikeness(text) > 0.5) return { text, encoding: wide, bom: false };
  }
  const utf8 = tryUtf8(buf);
  if (utf8 === null && buf.length % 2 === 0 && !buf.includes(0)) {
    // Chinese-only UTF-16 has no NULs at all, and its bytes look like control characters.
    for (const encoding of ['UTF-16LE', 'UTF-16BE']) {
      const text = decodeWith(buf, encoding);
      if (textLikeness(text) >= 0.8) return { text, encoding, bom: false };
    }
  }
  if (hasBinaryBytes(buf)) throw new FormatError('binary_file', { reason: 'control_bytes' });
  if (utf8 !== null) return { text: stripBom(utf8), encoding: 'UTF-8', bom: false };

  const declaredName = usable(declared);
  if (declaredName && declaredName !== 'UTF-8') {
    const text = decodeWith(buf, declaredName);
    if (!text.includes('\ufffd')) return { text, encoding: declaredName, bom: false };
  }

  const ranked = chardet.analyse(buf);
  const top = ranked[0];
  if (top && LATIN.has(top.name) && top.confidence >= 40) {
    // ISO-8859-1 text from Windows is really cp1252 (curly quotes at 0x91–0x94).
    const name = top.name === 'ISO-8859-1' ? 'windows-1252' : top.name;
    return { text: decodeWith(buf, name), encoding: name, bom: false };
  }

  const candidates = ['GB18030', 'Big5'];
  if (buf.length % 2 === 0) candidates.push('UTF-16LE', 'UTF-16BE');
  const confidence = new Map(ranked.map((r) => [usable(r.name), r.confidence]));
  let best: { text: string; encoding: string; score: number } | null = null;
  for (const encoding of candidates) {
    const text = decodeWith(buf, encoding);
    // chardet's confidence only breaks near-ties between equally text-like decodings.
    const score = textLikeness(text) + (confidence.get(encoding) ?? 0) / 1000;
    if (!best || score > best.score) best = { text, encoding, score };
  }
  if (!best || best.score < 0.3) throw new FormatError('bad_encoding', { detected: top?.name ?? null });
  return { text: best.text, encoding: best.encoding, bom: false };
}
