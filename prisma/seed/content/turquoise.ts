// Turquoise products by grade: bracelets, necklaces, pendants, rings, carvings and rough stone.
import type { BraceletStyle } from "../art/turquoise";
import type { ProductSpec } from "./catalog";

/** Village shop prices end in 8 (lucky, and how Taobao shops price): 12,345 fen becomes 11,800. */
const price8 = (fen: number) => Math.max(800, Math.round(fen / 1000) * 1000 - 200);

type Grade = "porcelain" | "spiderweb" | "green" | "deepblue" | "pale";
const GRADES: Record<
  Grade,
  { zh: string; en: string; noteZh: string; noteEn: string; factor: number; colour: number; veins: number }
> = {
  porcelain: {
    zh: "高瓷蓝",
    en: "High-porcelain blue",
    noteZh: "质地致密细腻，颜色饱满均匀",
    noteEn: "dense, fine-grained stone with an even, saturated colour",
    factor: 2.2,
    colour: 0,
    veins: 0.5,
  },
  spiderweb: {
    zh: "铁线",
    en: "Spiderweb matrix",
    noteZh: "天然铁线纹路，每一颗都独一无二",
    noteEn: "natural spiderweb matrix, so no two beads are alike",
    factor: 1.6,
    colour: 1,
    veins: 2.3,
  },
  green: {
    zh: "原矿绿",
    en: "Natural green",
    noteZh: "带一点黄绿调的老矿色，越戴越润",
    noteEn: "the yellow-green tone of the old mines, which deepens as it is worn",
    factor: 1,
    colour: 2,
    veins: 1.1,
  },
  deepblue: {
    zh: "深海蓝",
    en: "Deep blue",
    noteZh: "颜色深沉浓郁，少见的好料",
    noteEn: "a deep, rich blue from rare rough",
    factor: 1.8,
    colour: 3,
    veins: 0.8,
  },
  pale: {
    zh: "浅天蓝",
    en: "Pale sky blue",
    noteZh: "颜色清爽淡雅，适合日常佩戴",
    noteEn: "a soft, fresh colour for every day",
    factor: 0.8,
    colour: 4,
    veins: 0.7,
  },
};

const BEADS: Record<number, { base: number; count: number }> = {
  6: { base: 16_000, count: 28 },
  8: { base: 22_000, count: 22 },
  10: { base: 32_000, count: 18 },
  12: { base: 48_000, count: 16 },
  14: { base: 76_000, count: 14 },
};

const turquoiseCare = {
  zh: "绿松石怕油、怕汗、怕化学品，洗手和洗澡时请取下。",
  en: "Turquoise dislikes oil, sweat and chemicals: take it off to wash or shower.",
};

export function bracelet(
  grade: Grade,
  size: keyof typeof BEADS,
  style: BraceletStyle = "plain",
): ProductSpec {
  const g = GRADES[grade];
  const beads = BEADS[size] ?? { base: 32_000, count: 18 };
  const extraZh = style === "agate" ? " 配南红" : style === "spacers" ? " 配银隔片" : "";
  const extraEn =
    style === "agate" ? ", with a red agate bead" : style === "spacers" ? ", with silver spacers" : "";
  return {
    category: "turquoise",
    titleZh: `${g.zh}绿松石手串 ${size}mm${extraZh}`,
    titleEn: `${g.en} turquoise bracelet, ${size} mm beads${extraEn}`,
    descriptionZh: `下营村手工打磨的郧西原矿绿松石，未染色、未注胶，${g.noteZh}。珠径约${size}毫米，共${beads.count}颗，弹力线穿制，适合腕围15–17厘米。每串附检测证书，可以微信视频看实物。${turquoiseCare.zh}`,
    descriptionEn: `Natural Yunxi turquoise, polished by hand in Xiaying: undyed and unstabilised, ${g.noteEn}. ${beads.count} beads of about ${size} mm on strong elastic cord, fitting wrists of 15–17 cm. Each bracelet comes with a test certificate, and you can ask for a video call to see the real piece. ${turquoiseCare.en}`,
    priceFen: price8(beads.base * g.factor * (style === "plain" ? 1 : 1.1)),
    unit: "PIECE",
    art: { kind: "bracelet", colour: g.colour, veins: g.veins, beads: Math.min(24, beads.count), style },
    pictures: 2,
  };
}

export function necklace(grade: Grade, gold = false): ProductSpec {
  const g = GRADES[grade];
  return {
    category: "turquoise",
    titleZh: `${g.zh}绿松石项链 配水滴吊坠${gold ? " 金色包边" : ""}`,
    titleEn: `${g.en} turquoise bead necklace with a teardrop pendant${gold ? ", gold-tone bezel" : ""}`,
    descriptionZh: `6毫米绿松石圆珠手工串成，长约45厘米，龙虾扣可调。吊坠是同一块原石切出的水滴，${g.noteZh}。${turquoiseCare.zh}`,
    descriptionEn: `Hand-strung 6 mm turquoise beads, about 45 cm long with an adjustable lobster clasp. The teardrop is cut from the same rough: ${g.noteEn}. ${turquoiseCare.en}`,
    priceFen: price8(30_000 * g.factor * (gold ? 1.2 : 1)),
    unit: "PIECE",
    art: { kind: "necklace", colour: g.colour, veins: g.veins, gold },
    pictures: 2,
  };
}

export function pendant(grade: Grade, gold = false): ProductSpec {
  const g = GRADES[grade];
  return {
    category: "turquoise",
    titleZh: `${g.zh}绿松石水滴吊坠 ${gold ? "镀金925银" : "925银"}镶嵌`,
    titleEn: `${g.en} turquoise teardrop pendant, ${gold ? "gold-plated " : ""}925 silver bezel`,
    descriptionZh: `一整块原矿绿松石打磨成水滴形，${g.noteZh}。${gold ? "镀金" : ""}925银包边，送一根编织挂绳。${turquoiseCare.zh}`,
    descriptionEn: `A single piece of natural turquoise shaped into a teardrop: ${g.noteEn}. Set in ${gold ? "gold-plated " : ""}925 silver, with a braided cord included. ${turquoiseCare.en}`,
    priceFen: price8(18_000 * g.factor * (gold ? 1.35 : 1)),
    unit: "PIECE",
    art: { kind: "pendant", colour: g.colour, veins: g.veins, gold },
    pictures: 2,
  };
}

export function ring(grade: Grade, gold = false): ProductSpec {
  const g = GRADES[grade];
  return {
    category: "turquoise",
    titleZh: `${g.zh}绿松石戒指 ${gold ? "镀金" : ""}925银 活口可调`,
    titleEn: `${g.en} turquoise ring, ${gold ? "gold-plated " : ""}925 silver, adjustable`,
    descriptionZh: `椭圆蛋面绿松石，${g.noteZh}。925银手工镶嵌，围边一圈银珠，活口设计，适合12–17号手指。${turquoiseCare.zh}`,
    descriptionEn: `An oval turquoise cabochon: ${g.noteEn}. Hand-set in 925 silver with a ring of silver granules; the open band fits sizes 12–17. ${turquoiseCare.en}`,
    priceFen: price8(20_000 * g.factor * (gold ? 1.3 : 1)),
    unit: "PIECE",
    art: { kind: "ring", colour: g.colour, veins: g.veins, gold },
    pictures: 2,
  };
}

export function carving(grade: Grade, subject: "gourd" | "peach"): ProductSpec {
  const g = GRADES[grade];
  const gourd = subject === "gourd";
  return {
    category: "turquoise",
    titleZh: gourd ? `${g.zh}绿松石雕件 福禄葫芦摆件` : `${g.zh}绿松石雕件 寿桃摆件`,
    titleEn: gourd
      ? `Hand-carved ${g.en.toLowerCase()} turquoise gourd (fulu), on a stand`
      : `Hand-carved ${g.en.toLowerCase()} turquoise longevity peach, on a stand`,
    descriptionZh: gourd
      ? `葫芦谐音“福禄”，是郧西老师傅最爱雕的题材。整块原石依料设计，手工雕刻打磨约一周，${g.noteZh}。配红木底座，适合书桌和茶台。一件一图，拍下即发此件。`
      : `寿桃寓意长寿安康，送长辈的心意。依料设计、手工雕刻，${g.noteZh}。配红木底座。一件一图，拍下即发此件。`,
    descriptionEn: gourd
      ? `The gourd sounds like "fortune and prosperity" in Chinese and is a favourite of Yunxi's carvers. Designed around a single piece of rough and carved by hand over about a week: ${g.noteEn}. On a rosewood stand, for a desk or tea table. One of a kind: the piece in the photos is the one you receive.`
      : `A peach for a long and healthy life: a gift for an elder. Carved by hand from a single piece of rough: ${g.noteEn}. On a rosewood stand. One of a kind: the piece in the photos is the one you receive.`,
    priceFen: price8(90_000 * g.factor),
    unit: "PIECE",
    art: { kind: "carving", colour: g.colour, veins: g.veins, subject },
    pictures: 2,
    unique: true,
  };
}

export function rawStone(grade: Grade, grams: number): ProductSpec {
  const g = GRADES[grade];
  return {
    category: "turquoise",
    titleZh: `绿松石原石 ${g.zh} 约${grams}克 原矿收藏`,
    titleEn: `Raw turquoise, ${g.en.toLowerCase()}, about ${grams} g, collector's piece`,
    descriptionZh: `郧西本地矿口出的原石，只做了清洗，保留围岩和天然铁线，${g.noteZh}。适合收藏、做摆件，也可以找村里师傅按你的想法加工。`,
    descriptionEn: `Rough from a Yunxi mine, only washed: host rock and natural matrix left as they are, ${g.noteEn}. For collecting or display, or have a village craftsman cut it to your design.`,
    priceFen: price8(grams * 250 * g.factor),
    unit: "PIECE",
    art: { kind: "rawStone", colour: g.colour, veins: g.veins },
    pictures: 2,
    unique: true,
  };
}
