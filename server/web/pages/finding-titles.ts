// A title per kind of finding that says what is wrong ("English headline drops the Chinese
// headline's negation", not just "Headline"). A finding's type is too coarse for a title and the
// checks name the kind only in their message, so the kind is read from the English message the
// checks write; a test holds every rule against the message templates in server/engine/checks/,
// and a message no rule knows falls back to the type's label.

interface TitleRule {
  kind: string;
  type: string;
  message: RegExp;
}

const RULES: readonly TitleRule[] = [
  { kind: 'headline_vs_body', type: 'headline', message: /^The headline contradicts the article/ },
  { kind: 'headline_opposite', type: 'headline', message: /^The headline says the opposite of the article/ },
  { kind: 'headline_adds_negation', type: 'headline', message: /^The English headline negates/ },
  { kind: 'headline_drops_negation', type: 'headline', message: /^The English headline drops the negation/ },
  { kind: 'headline_more_certain', type: 'headline', message: /^The English headline is more certain/ },
  { kind: 'headline_less_certain', type: 'headline', message: /^The English headline hedges/ },
  {
    kind: 'headline_number',
    type: 'headline',
    message: /^The English headline says .* where the Chinese headline says/,
  },
  {
    kind: 'headline_antonym',
    type: 'headline',
    message: /^The English headline says .* where the Chinese headline means/,
  },
  { kind: 'headline_main_claim', type: 'headline', message: /main claim of the Chinese headline/ },
  { kind: 'negation_added', type: 'negation', message: /^The English negates/ },
  { kind: 'negation_dropped', type: 'negation', message: /^The Chinese negation .* is missing/ },
  { kind: 'hedge_added', type: 'hedge', message: /^The English hedges/ },
  { kind: 'hedge_intensified', type: 'hedge', message: /^The English intensifies/ },
  { kind: 'hedge_dropped', type: 'hedge', message: /^The Chinese hedge or attribution .* is missing/ },
  { kind: 'attribution_dropped', type: 'hedge', message: /^The Chinese attributes this/ },
  { kind: 'number_scale', type: 'number', message: /scale error/ },
  { kind: 'number_relation_reversed', type: 'number', message: /^The English change .* goes the other way/ },
  { kind: 'number_relation_size', type: 'number', message: /^The English change .* differs in size/ },
  { kind: 'number_mismatch', type: 'number', message: /^The English number .* does not match/ },
  { kind: 'entity_person', type: 'entity', message: /where the Chinese names .*, a different person/ },
  { kind: 'entity_swap', type: 'entity', message: /^The English names .* where the Chinese names/ },
  { kind: 'entity_unexplained', type: 'entity', message: /has no counterpart in the Chinese/ },
  { kind: 'omission_passage', type: 'omission', message: /^This Chinese passage has no English rendering/ },
  { kind: 'omission_part', type: 'omission', message: /part of the Chinese seems to have no rendering/ },
  { kind: 'addition_passage', type: 'addition', message: /^This English passage has no Chinese source/ },
  { kind: 'addition_sentence', type: 'addition', message: /seems to correspond to this English sentence/ },
  { kind: 'untranslated_chinese', type: 'untranslated', message: /is left in Chinese/ },
  { kind: 'untranslated_pinyin', type: 'untranslated', message: /is pinyin left/ },
  { kind: 'length_longer', type: 'length', message: /times longer than usual/ },
  { kind: 'length_shorter', type: 'length', message: /times shorter than usual/ },
  { kind: 'punctuation_fullwidth', type: 'punctuation', message: /full-width punctuation/ },
  { kind: 'punctuation_unbalanced', type: 'punctuation', message: /^Unbalanced/ },
  { kind: 'punctuation_space', type: 'punctuation', message: /doubled space/ },
  { kind: 'terminology_glossary', type: 'terminology', message: /^The glossary renders/ },
  { kind: 'inconsistency_term', type: 'inconsistency', message: /elsewhere in the article/ },
];

export const FINDING_TITLE_KINDS: readonly string[] = RULES.map((r) => r.kind);
export const FINDING_TITLE_RULES = RULES;

/** The title kind of an automatic finding, or null when its message is none the desk knows. */
export function findingKind(f: { origin: string; type: string; note: string }): string | null {
  if (f.origin !== 'check') return null;
  return RULES.find((r) => r.type === f.type && r.message.test(f.note))?.kind ?? null;
}
