// Hand-made parallel sentences for aligner tests: a plain 1–1 frame, and one region per bead
// shape spliced into its middle. Vocabulary is everyday CC-CEDICT words.
export const FRAME_BEFORE: Array<[string, string]> = [
  ['老师在教室里读书。', 'The teacher is reading a book in the classroom.'],
  ['医生走进医院。', 'The doctor walks into the hospital.'],
  ['她打开窗户。', 'She opens the window.'],
];
export const FRAME_AFTER: Array<[string, string]> = [
  ['学生给妈妈写了一封信。', 'The student wrote a letter to his mother.'],
  ['城市里有很多汽车。', 'There are many cars in the city.'],
  ['下雨了。', 'It is raining.'],
];

/** Shape → [zh sentences, en sentences] that a translator would render that way. */
export const REGIONS: Record<string, [string[], string[]]> = {
  '1-1': [['风吹着大树。'], ['The wind is blowing the big tree.']],
  '1-2': [
    ['农民在田里种米，孩子在河边唱歌。'],
    ['The farmer plants rice in the field.', 'The child sings a song by the river.'],
  ],
  '2-1': [['猫吃鱼。', '狗喝水。'], ['The cat eats fish and the dog drinks water.']],
  '1-3': [
    ['船在河上慢慢地走，太阳从山后升起来，鸟在天上飞。'],
    ['The boat moves slowly on the river.', 'The sun rises behind the mountain.', 'Birds fly in the sky.'],
  ],
  '3-1': [
    ['月亮很圆。', '星星很亮。', '夜很安静。'],
    ['The moon is round, the stars are bright and the night is quiet.'],
  ],
  '1-4': [
    ['船在河上慢慢地走，太阳从山后升起来，鸟在天上飞，花在山坡上开。'],
    [
      'The boat moves slowly on the river.',
      'The sun rises behind the mountain.',
      'Birds fly in the sky.',
      'Flowers bloom on the hillside.',
    ],
  ],
  '4-1': [
    ['猫吃鱼。', '狗喝水。', '鸟唱歌。', '马吃草。'],
    ['The cat eats fish, the dog drinks water, the bird sings and the horse eats grass.'],
  ],
  '2-2': [
    ['猫和狗都饿了。', '猫吃了鱼，狗吃了肉，然后它们都睡觉了。'],
    [
      'The cat and the dog were hungry, so the cat ate fish and the dog ate meat.',
      'Then they both went to sleep.',
    ],
  ],
  '1-0': [['这件事情，村里的老人们到今天还常常说起，谁也说不清楚到底是怎么回事。'], []],
  '0-1': [[], ['Nobody in the village has ever been able to explain what happened, and nobody expects to.']],
};

export function story(shape: string): { zh: string[]; en: string[]; at: number; enAt: number } {
  const [zhR, enR] = REGIONS[shape];
  return {
    zh: [...FRAME_BEFORE.map((p) => p[0]), ...zhR, ...FRAME_AFTER.map((p) => p[0])],
    en: [...FRAME_BEFORE.map((p) => p[1]), ...enR, ...FRAME_AFTER.map((p) => p[1])],
    at: FRAME_BEFORE.length,
    enAt: FRAME_BEFORE.length,
  };
}

/** Distinct 1–1 pairs for texts long enough to need the two-pass search. */
export const MORE_PAIRS: Array<[string, string]> = [
  ['哥哥骑自行车去上班。', 'My elder brother rides a bicycle to work.'],
  ['奶奶在厨房里做饭。', 'Grandma is cooking in the kitchen.'],
  ['火车八点钟到站。', "The train arrives at eight o'clock."],
  ['他们在公园里踢足球。', 'They are playing football in the park.'],
  ['桌子上有三个苹果。', 'There are three apples on the table.'],
  ['警察抓住了小偷。', 'The police caught the thief.'],
  ['我们明天去海边游泳。', 'Tomorrow we will go swimming at the seaside.'],
  ['这本字典很有用。', 'This dictionary is very useful.'],
];
