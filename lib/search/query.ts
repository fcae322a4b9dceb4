// A typed query turned into what the engines match: the same tokens as the stored fields.
import { hanGrams, normalizeText, splitRuns } from "./fields";

/** Longest query kept, in characters: a product title is shorter, and it bounds the work per search. */
export const SEARCH_MAX = 50;
// Enough letters for the trigram index to narrow the pinyin match.
const MIN_PINYIN = 2;

export type ParsedQuery = {
  /** The query as matched against titles: normalised, trimmed, at most SEARCH_MAX characters. */
  text: string;
  hanRuns: string[];
  words: string[];
  /** Every pair of neighbouring characters (a lone character as itself) and every word: the strong match. */
  strict: string[];
  /** Every character and word, for runs of 3+ characters typed without the seller's exact wording. */
  loose: string[] | null;
  /** Letters and digits run together, for the pinyin column (only for a query without Chinese). */
  pinyin: string | null;
};

/** The query text as a buyer typed it, bounded and cleaned; empty when nothing searchable is left. */
export function cleanQuery(query: string | string[] | undefined | null): string {
  const raw = (Array.isArray(query) ? query[0] : query) ?? "";
  // Cut before normalising: a megabyte of text must not cost a megabyte of work.
  const bounded = normalizeText(String(raw).slice(0, SEARCH_MAX * 4))
    .replace(/\s+/g, " ")
    .trim();
  return [...bounded].slice(0, SEARCH_MAX).join("").trim();
}

export function parseQuery(query: string | string[] | undefined | null): ParsedQuery | null {
  const text = cleanQuery(query);
  const { han, words } = splitRuns(text);
  if (han.length === 0 && words.length === 0) return null;
  const strict = new Set<string>(words);
  const loose = new Set<string>(words);
  for (const run of han) {
    const { unigrams, bigrams } = hanGrams(run);
    for (const token of bigrams.length > 0 ? bigrams : unigrams) strict.add(token);
    for (const token of unigrams) loose.add(token);
  }
  const squashed = text.replace(/[^a-z0-9]/g, "");
  return {
    text,
    hanRuns: han,
    words,
    strict: [...strict],
    loose: han.some((run) => [...run].length >= 3) ? [...loose] : null,
    pinyin: han.length === 0 && squashed.length >= MIN_PINYIN ? squashed : null,
  };
}
