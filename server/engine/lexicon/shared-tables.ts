// Dictionary tables another thread packed into SharedArrayBuffers, by file. The server packs
// CC-CEDICT and WordNet once and hands them to each engine thread (workers/shared-tables.ts):
// a thread then reads and parses neither file, and all threads use one copy of the memory.
import type { PackedLexicon } from './packed';
import type { PackedWordNet } from './wordnet';

export interface SharedTables {
  lexicon?: { file: string; packed: PackedLexicon };
  wordnet?: { file: string; packed: PackedWordNet };
}

let provided: SharedTables = {};

/** Makes this thread use the given tables for their files (see loadLexicon, loadEnglish). */
export function provideTables(tables: SharedTables): void {
  provided = tables;
}

export function providedLexicon(file: string): PackedLexicon | undefined {
  return provided.lexicon?.file === file ? provided.lexicon.packed : undefined;
}

export function providedWordNet(file: string): PackedWordNet | undefined {
  return provided.wordnet?.file === file ? provided.wordnet.packed : undefined;
}
