// The search fields of a product or shop, and the same tokens for a query: a pure function of the
// texts, so the writers, the back-fill, the bench seed and the query all agree.
import { pinyin } from "pinyin-pro";

// A run of Chinese characters, or a run of latin letters and digits (after normalising).
const RUNS = /\p{Script=Han}+|[a-z0-9]+/gu;
const HAN_START = /^\p{Script=Han}/u;
// Longer runs only repeat suffixes a buyer would not start typing from.
const MAX_PINYIN_RUN = 16;
// Words buyers use for what village sellers call otherwise, added to a title's fields (index-time
// expansion: the query stays as typed). Each pair works both ways.
const SYNONYMS: [string, string][] = [
  ["手串", "手链"],
  ["吊坠", "挂坠"],
  ["香菇", "蘑菇"],
  ["土鸡", "草鸡"],
  ["腊肉", "腊味"],
];

/** The other wordings of a title (绿松石手串 → 绿松石手链), without the title itself. */
export function synonymVariants(text: string): string[] {
  const variants: string[] = [];
  for (const [a, b] of SYNONYMS) {
    if (text.includes(a)) variants.push(text.replaceAll(a, b));
    if (text.includes(b)) variants.push(text.replaceAll(b, a));
  }
  return variants;
}

/** Full-width to half-width (ＴＥＡ → tea), accents off, lower case; control characters and lone surrogates gone. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cs}]/gu, " ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFKC")
    .toLowerCase();
}

/** English plurals folded to one form on both sides: bracelets → bracelet, peaches → peach, berries → berry. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export type Runs = { han: string[]; words: string[] };

/** The Chinese runs and the (stemmed) latin words of a text; single letters (the s of "Guo's") are noise. */
export function splitRuns(text: string): Runs {
  const runs: Runs = { han: [], words: [] };
  for (const [run] of normalizeText(text).matchAll(RUNS)) {
    if (HAN_START.test(run)) runs.han.push(run);
    else if (run.length > 1 || /\d/.test(run)) runs.words.push(stem(run));
  }
  return runs;
}

/** Each character and each pair of neighbours: what `@>` matches without a word list. */
export function hanGrams(run: string): { unigrams: string[]; bigrams: string[] } {
  const characters = [...run];
  const bigrams = characters.slice(1).map((character, index) => `${characters[index]}${character}`);
  return { unigrams: characters, bigrams };
}

/** Tokens of the texts: Chinese characters and pairs, latin words; each once. */
export function searchTokens(texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    const { han, words } = splitRuns(text);
    for (const run of han) {
      const { unigrams, bigrams } = hanGrams(run);
      for (const token of [...unigrams, ...bigrams]) tokens.add(token);
    }
    for (const word of words) tokens.add(word);
  }
  return [...tokens];
}

/** Each Chinese run of a text as its syllables (绿松石 → lv song shi), no tones, ü as v. */
function runSyllables(text: string): string[][] {
  return splitRuns(text).han.map((run) =>
    pinyin([...run].slice(0, MAX_PINYIN_RUN).join(""), { toneType: "none", v: true, type: "array" })
      .map((syllable) => syllable.replace(/[^a-z]/g, ""))
      .filter((syllable) => syllable.length > 0),
  );
}

const initials = (syllables: string[]) => syllables.map((syllable) => syllable.charAt(0)).join("");

/**
 * The pinyin segments of a text: for each Chinese run, its full pinyin and its initials from every
 * syllable on (绿松石 → lvsongshi lss songshi ss shi s), so a query matches from any syllable start.
 */
export function pinyinSegments(text: string): string[] {
  const segments: string[] = [];
  for (const syllables of runSyllables(text)) {
    for (let start = 0; start < syllables.length; start++) {
      const rest = syllables.slice(start);
      segments.push(rest.join(""), initials(rest));
    }
  }
  return segments;
}

export const PINYIN_MARK = "py:";
// A buyer types a word or two: up to six syllables (lvsongshishouchuan is five).
const MAX_PINYIN_WORD = 6;

/**
 * Pinyin as tokens: every run of one to six neighbouring syllables in full (lv, lvsong, songshi…)
 * and, from two syllables, as initials (ls, lss…). Exact tokens keep a pinyin query on the GIN
 * index in sales order like any other; the trigram column still answers a syllable typed halfway.
 */
export function pinyinTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const syllables of runSyllables(text)) {
    for (let start = 0; start < syllables.length; start++) {
      for (let end = start + 1; end <= Math.min(syllables.length, start + MAX_PINYIN_WORD); end++) {
        const word = syllables.slice(start, end);
        tokens.add(PINYIN_MARK + word.join(""));
        if (word.length > 1) tokens.add(PINYIN_MARK + initials(word));
      }
    }
  }
  return [...tokens];
}

/**
 * The ASCII pinyin column: ` <title segments> | <other segments>`. Every segment starts after a
 * space, so `LIKE '% q%'` matches at a syllable start, and the part before `|` is the title's.
 */
export function pinyinColumn(title: string, others: string[]): string {
  const rest = others.flatMap(pinyinSegments);
  return ` ${pinyinSegments(title).join(" ")} | ${rest.join(" ")}`;
}

export type ProductSearchSource = {
  titleZh: string;
  titleEn: string;
  category: { nameZh: string; nameEn: string };
  shop: { nameZh: string; nameEn: string };
};

const unique = (tokens: string[]) => [...new Set(tokens)];

export type SearchFields = { searchTokens: string[]; searchPinyin: string };

/** Tokens of the title again, marked, so "the title holds the query" is one more `@>` on the same index. */
export const TITLE_MARK = "t:";

/**
 * A product is found by its titles, its category and its shop's name; pinyin from the Chinese ones.
 * Not by its description: village descriptions name what goes with the product ("a gourd for the
 * tea table", "配南红"), and a search for 茶 or "bracelet" listing carvings and necklaces is noise.
 */
export function productSearchFields(product: ProductSearchSource): SearchFields {
  const { category, shop } = product;
  const variants = synonymVariants(product.titleZh);
  return {
    searchTokens: unique([
      ...searchTokens([
        product.titleZh,
        ...variants,
        product.titleEn,
        category.nameZh,
        category.nameEn,
        shop.nameZh,
        shop.nameEn,
      ]),
      ...[product.titleZh, ...variants, category.nameZh, shop.nameZh].flatMap(pinyinTokens),
      ...searchTokens([product.titleZh, ...variants, product.titleEn]).map((token) => TITLE_MARK + token),
      ...[product.titleZh, ...variants].flatMap(pinyinTokens).map((token) => TITLE_MARK + token),
    ]),
    searchPinyin: pinyinColumn(product.titleZh, [...variants, category.nameZh, shop.nameZh]),
  };
}

/** A shop is found by its names. */
export function shopSearchFields(shop: { nameZh: string; nameEn: string }): SearchFields {
  return {
    searchTokens: [...searchTokens([shop.nameZh, shop.nameEn]), ...pinyinTokens(shop.nameZh)],
    searchPinyin: pinyinColumn(shop.nameZh, []),
  };
}
