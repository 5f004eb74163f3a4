// A light English stemmer shared by dictionary glosses and English sentences, so that
// "walked", "walking" and the gloss "to walk" meet on one key. It only has to be consistent,
// not linguistically right: keys never reach a user.

const IRREGULAR: Record<string, string> = {
  went: 'go',
  gone: 'go',
  goes: 'go',
  saw: 'see',
  seen: 'see',
  said: 'say',
  says: 'say',
  took: 'take',
  taken: 'take',
  came: 'come',
  made: 'make',
  got: 'get',
  gotten: 'get',
  gave: 'give',
  given: 'give',
  knew: 'know',
  known: 'know',
  thought: 'think',
  told: 'tell',
  felt: 'feel',
  left: 'leave',
  found: 'find',
  brought: 'bring',
  bought: 'buy',
  caught: 'catch',
  taught: 'teach',
  sought: 'seek',
  fought: 'fight',
  ran: 'run',
  sat: 'sit',
  stood: 'stand',
  held: 'hold',
  kept: 'keep',
  slept: 'sleep',
  wept: 'weep',
  swept: 'sweep',
  met: 'meet',
  led: 'lead',
  fed: 'feed',
  fled: 'flee',
  fell: 'fall',
  fallen: 'fall',
  ate: 'eat',
  eaten: 'eat',
  drank: 'drink',
  drunk: 'drink',
  wrote: 'write',
  written: 'write',
  rode: 'ride',
  ridden: 'ride',
  rose: 'rise',
  risen: 'rise',
  spoke: 'speak',
  spoken: 'speak',
  broke: 'break',
  broken: 'break',
  chose: 'choose',
  chosen: 'choose',
  woke: 'wake',
  wore: 'wear',
  worn: 'wear',
  tore: 'tear',
  torn: 'tear',
  threw: 'throw',
  thrown: 'throw',
  grew: 'grow',
  grown: 'grow',
  drew: 'draw',
  drawn: 'draw',
  flew: 'fly',
  flown: 'fly',
  began: 'begin',
  begun: 'begin',
  sang: 'sing',
  sung: 'sing',
  rang: 'ring',
  won: 'win',
  lost: 'lose',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  lent: 'lend',
  bent: 'bend',
  meant: 'mean',
  heard: 'hear',
  paid: 'pay',
  laid: 'lay',
  lay: 'lie',
  lain: 'lie',
  sold: 'sell',
  hid: 'hide',
  hidden: 'hide',
  bit: 'bite',
  shot: 'shoot',
  struck: 'strike',
  stuck: 'stick',
  hung: 'hang',
  dug: 'dig',
  shook: 'shake',
  forgot: 'forget',
  forgotten: 'forget',
  understood: 'understand',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  people: 'person',
  better: 'good',
  best: 'good',
  worse: 'bad',
  worst: 'bad',
  died: 'die',
  dying: 'die',
  lying: 'lie',
  tied: 'tie',
  ladies: 'lady',
  wives: 'wife',
  lives: 'life',
  knives: 'knife',
  leaves: 'leaf',
  halves: 'half',
  thieves: 'thief',
  wolves: 'wolf',
  selves: 'self',
};

const VOWEL = /[aeiouy]/;

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1]) && !VOWEL.test(w[n - 1])) {
    return w.slice(0, -1);
  }
  return w;
}

// Stemming is pure and English vocabularies are small: a bounded cache saves most of the work.
const cache = new Map<string, string>();

/** Lower-cased stem of one English word (letters, apostrophes and hyphens). */
export function stemEnglish(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = computeStem(word);
    if (cache.size > 200_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

function computeStem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  // happy/happily/happier and make/making/made end on one form
  if (w.endsWith('y') && w.length > 3 && VOWEL.test(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
