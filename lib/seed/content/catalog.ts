// The village's categories and the products its shops list, in Chinese and English.
import type { ArtSpec } from "../art";
import type { BraceletStyle } from "../art/turquoise";

export type CategorySlug = "turquoise" | "tea" | "chicken" | "pork" | "mushrooms" | "honey";
export type Unit = "PIECE" | "JIN" | "BOX" | "KG" | "BOTTLE";

export const CATEGORIES: {
  slug: CategorySlug;
  kind: "CRAFTS" | "AGRICULTURE";
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}[] = [
  { slug: "turquoise", kind: "CRAFTS", nameZh: "绿松石", nameEn: "Turquoise", sortOrder: 1 },
  { slug: "tea", kind: "AGRICULTURE", nameZh: "茶叶", nameEn: "Tea", sortOrder: 2 },
  { slug: "chicken", kind: "AGRICULTURE", nameZh: "土鸡", nameEn: "Free-range chicken", sortOrder: 3 },
  { slug: "pork", kind: "AGRICULTURE", nameZh: "土猪肉", nameEn: "Farm pork", sortOrder: 4 },
  { slug: "mushrooms", kind: "AGRICULTURE", nameZh: "香菇", nameEn: "Mushrooms", sortOrder: 5 },
  { slug: "honey", kind: "AGRICULTURE", nameZh: "蜂蜜", nameEn: "Honey", sortOrder: 6 },
];

export type ProductSpec = {
  category: CategorySlug;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  priceFen: number;
  unit: Unit;
  art: ArtSpec;
  /** Pictures to draw: one, or a main view and a second one. */
  pictures: 1 | 2;
  /** One-of-a-kind pieces are stocked one or two at a time. */
  unique?: boolean;
  /** Overrides for the few products that show sold-out or draft states. */
  stock?: number;
  draft?: boolean;
};

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

type Preset = Omit<ProductSpec, "pictures"> & { pictures?: 1 | 2 };
const preset = (p: Preset): ProductSpec => ({ pictures: 2, ...p });

const TEA_NOTE = {
  zh: "铝箔袋密封，冷藏保存可放一年。",
  en: "Sealed in foil; keeps for a year in the fridge.",
};

export const TEA = {
  greenSpecial: preset({
    category: "tea",
    titleZh: "郧西高山绿茶 明前特级 250克罐装",
    titleEn: "Yunxi mountain green tea, pre-Qingming special grade, 250 g tin",
    descriptionZh: `海拔八百米以上的茶园，清明前手采一芽一叶，当天杀青、揉捻、烘干。栗香浓郁，汤色嫩绿明亮，耐冲泡。${TEA_NOTE.zh}`,
    descriptionEn: `From gardens above 800 m: one bud and one leaf picked by hand before Qingming, then fixed, rolled and dried the same day. Chestnut aroma, a bright green cup, good for several infusions. ${TEA_NOTE.en}`,
    priceFen: 19_800,
    unit: "BOX",
    art: { kind: "tea", tea: "green" },
  }),
  greenFirst: preset({
    category: "tea",
    titleZh: "郧西高山绿茶 雨前一级 250克",
    titleEn: "Yunxi mountain green tea, first grade (before Guyu), 250 g",
    descriptionZh: `谷雨前采摘，条索紧结，滋味鲜爽回甘，是村里人自己每天喝的口粮茶。${TEA_NOTE.zh}`,
    descriptionEn: `Picked before Guyu; tightly rolled, fresh and sweet in the finish. The tea the village drinks every day. ${TEA_NOTE.en}`,
    priceFen: 9_800,
    unit: "BOX",
    art: { kind: "tea", tea: "green" },
  }),
  greenLoose: preset({
    category: "tea",
    titleZh: "高山绿茶 散装 一斤",
    titleEn: "Mountain green tea, loose, by the jin (500 g)",
    descriptionZh: "按斤称的实惠装，茶厂直发。适合办公室和家里大杯泡。",
    descriptionEn:
      "Good-value loose tea weighed by the jin, sent straight from the tea works. For big mugs at home or in the office.",
    priceFen: 12_800,
    unit: "JIN",
    art: { kind: "tea", tea: "green" },
  }),
  greenGift: preset({
    category: "tea",
    titleZh: "明前绿茶礼盒 两罐装 500克",
    titleEn: "Pre-Qingming green tea gift box, two 250 g tins",
    descriptionZh: "两罐特级明前茶，配礼盒和手提袋，逢年过节送人体面。",
    descriptionEn:
      "Two tins of special-grade spring tea in a gift box with a carrier bag: a proper present for the holidays.",
    priceFen: 39_800,
    unit: "BOX",
    art: { kind: "tea", tea: "green" },
  }),
  maojian: preset({
    category: "tea",
    titleZh: "郧西毛尖 试喝装 100克",
    titleEn: "Yunxi Maojian green tea, 100 g tasting pack",
    descriptionZh: "第一次买我们的茶？先来一小包试试口感。",
    descriptionEn: "New to our tea? Start with a small pack and taste it first.",
    priceFen: 3_800,
    unit: "BOX",
    art: { kind: "tea", tea: "green" },
    pictures: 1,
  }),
  blackGongfu: preset({
    category: "tea",
    titleZh: "郧西工夫红茶 200克罐装",
    titleEn: "Yunxi Gongfu black tea, 200 g tin",
    descriptionZh: `夏茶全发酵，蜜香甜润，汤色红亮，冬天喝暖胃，也可以加奶。${TEA_NOTE.zh}`,
    descriptionEn: `Summer leaves fully oxidised: honeyed and smooth with a bright red cup. Warming in winter, and good with milk. ${TEA_NOTE.en}`,
    priceFen: 8_800,
    unit: "BOX",
    art: { kind: "tea", tea: "black" },
  }),
  blackGold: preset({
    category: "tea",
    titleZh: "金芽红茶礼盒 250克",
    titleEn: "Golden-bud black tea gift box, 250 g",
    descriptionZh: "只取单芽，满披金毫，薯香浓郁。限量手工制作。",
    descriptionEn:
      "Single buds only, covered in golden down, with a deep sweet-potato aroma. Handmade in small batches.",
    priceFen: 26_800,
    unit: "BOX",
    art: { kind: "tea", tea: "black" },
  }),
  whiteCake: preset({
    category: "tea",
    titleZh: "高山白茶饼 寿眉 300克",
    titleEn: "Mountain white tea cake (Shoumei), 300 g",
    descriptionZh: "日晒萎凋后压成饼，越放越香，煮着喝枣香明显。",
    descriptionEn:
      "Sun-withered and pressed into a cake; it improves with age, and brewed on the stove it tastes of dates.",
    priceFen: 16_800,
    unit: "PIECE",
    art: { kind: "tea", tea: "white" },
  }),
  whiteNeedle: preset({
    category: "tea",
    titleZh: "白毫银针 100克",
    titleEn: "Silver Needle white tea, 100 g",
    descriptionZh: "早春单芽，满披白毫，清甜毫香，冲泡后芽芽直立。",
    descriptionEn:
      "Single early-spring buds covered in silver down: delicate and sweet, and the buds stand upright in the glass.",
    priceFen: 29_800,
    unit: "BOX",
    art: { kind: "tea", tea: "white" },
  }),
  darkBrick: preset({
    category: "tea",
    titleZh: "郧西黑茶 茯砖 1千克",
    titleEn: "Yunxi dark tea brick (Fu brick), 1 kg",
    descriptionZh: "后发酵黑茶，金花茂盛，煮饮醇厚，适合饭后解腻。",
    descriptionEn:
      "A post-fermented dark tea with plenty of 'golden flowers'; boiled, it is mellow and good after a rich meal.",
    priceFen: 15_800,
    unit: "PIECE",
    art: { kind: "tea", tea: "dark" },
  }),
} satisfies Record<string, ProductSpec>;

const COLD_CHAIN = {
  zh: "现杀现发，冰袋保鲜顺丰冷链，湖北及周边省份次日达。",
  en: "Prepared to order and sent chilled by SF cold chain; next day to Hubei and neighbouring provinces.",
};

export const CHICKEN = {
  wholeHen: preset({
    category: "chicken",
    titleZh: "散养跑山土鸡 整只 约2.5斤",
    titleEn: "Free-range mountain chicken, whole, about 1.25 kg",
    descriptionZh: `在后山林子里放养一年以上，吃玉米、青草和虫子长大，肉紧实、汤清香。${COLD_CHAIN.zh}`,
    descriptionEn: `Raised loose in the hill woods for over a year on maize, greens and insects: firm meat and a clear, fragrant broth. ${COLD_CHAIN.en}`,
    priceFen: 12_800,
    unit: "PIECE",
    art: { kind: "chicken", plumage: "red" },
  }),
  oldHen: preset({
    category: "chicken",
    titleZh: "两年老母鸡 炖汤专用 约3斤",
    titleEn: "Two-year-old hen for soup, about 1.5 kg",
    descriptionZh: `养足两年的老母鸡，小火慢炖三小时，汤色金黄。坐月子、补身体的老讲究。${COLD_CHAIN.zh}`,
    descriptionEn: `A hen raised a full two years; simmer it three hours for a golden broth, the traditional tonic after childbirth. ${COLD_CHAIN.en}`,
    priceFen: 16_800,
    unit: "PIECE",
    art: { kind: "chicken", plumage: "gold" },
  }),
  silkie: preset({
    category: "chicken",
    titleZh: "散养乌鸡 约2斤",
    titleEn: "Free-range black-bone chicken, about 1 kg",
    descriptionZh: `乌皮乌骨，适合加红枣枸杞炖汤。${COLD_CHAIN.zh}`,
    descriptionEn: `Black skin and bones, for soup with red dates and goji. ${COLD_CHAIN.en}`,
    priceFen: 15_800,
    unit: "PIECE",
    art: { kind: "chicken", plumage: "black" },
  }),
  rooster: preset({
    category: "chicken",
    titleZh: "跑山土公鸡 约4斤",
    titleEn: "Free-range rooster, about 2 kg",
    descriptionZh: `红烧、黄焖都好吃，一只够一家人吃一顿。${COLD_CHAIN.zh}`,
    descriptionEn: `Braised red or yellow, one bird feeds the family. ${COLD_CHAIN.en}`,
    priceFen: 18_800,
    unit: "PIECE",
    art: { kind: "chicken", plumage: "white" },
  }),
  eggs30: preset({
    category: "chicken",
    titleZh: "土鸡蛋 30枚",
    titleEn: "Free-range eggs, box of 30",
    descriptionZh: "林下散养土鸡下的蛋，蛋黄橙红。每枚单独防震包装，破损包赔。",
    descriptionEn:
      "Laid by hens that roam under the trees: deep orange yolks. Each egg packed against knocks; breakages refunded.",
    priceFen: 5_800,
    unit: "BOX",
    art: { kind: "eggs" },
  }),
  eggs60: preset({
    category: "chicken",
    titleZh: "土鸡蛋 60枚 家庭装",
    titleEn: "Free-range eggs, family box of 60",
    descriptionZh: "家庭实惠装，每周一、四集中发货，保证新鲜。",
    descriptionEn: "The family box, sent every Monday and Thursday so it arrives fresh.",
    priceFen: 9_800,
    unit: "BOX",
    art: { kind: "eggs" },
  }),
} satisfies Record<string, ProductSpec>;

const SMOKED = {
  zh: "自家土猪，柴火慢熏四十天，不加色素和防腐剂。",
  en: "From our own pigs, slowly smoked over firewood for forty days, with no colouring or preservatives.",
};

export const PORK = {
  curedBelly: preset({
    category: "pork",
    titleZh: "农家柴火腊肉 五花 一斤",
    titleEn: "Farmhouse wood-smoked cured pork belly (larou), per jin",
    descriptionZh: `${SMOKED.zh}蒸着吃、炒蒜苗都香，肥而不腻。`,
    descriptionEn: `${SMOKED.en} Steam it or stir-fry it with garlic shoots: rich but never greasy.`,
    priceFen: 6_800,
    unit: "JIN",
    art: { kind: "pork", pork: "cured" },
  }),
  curedLeg: preset({
    category: "pork",
    titleZh: "烟熏腊后腿肉 一斤",
    titleEn: "Smoked cured pork leg, per jin",
    descriptionZh: `${SMOKED.zh}瘦肉多，切片炒菜最合适。`,
    descriptionEn: `${SMOKED.en} Leaner meat, best sliced for stir-fries.`,
    priceFen: 7_800,
    unit: "JIN",
    art: { kind: "pork", pork: "cured" },
  }),
  curedGift: preset({
    category: "pork",
    titleZh: "年货腊肉礼盒 3斤装",
    titleEn: "New Year cured pork gift box, 1.5 kg",
    descriptionZh: `五花、后腿、香肠各一斤，真空包装，过年送礼不愁。${SMOKED.zh}`,
    descriptionEn: `A jin each of belly, leg and sausage, vacuum-packed: the New Year gift sorted. ${SMOKED.en}`,
    priceFen: 19_800,
    unit: "BOX",
    art: { kind: "pork", pork: "cured" },
  }),
  sausage: preset({
    category: "pork",
    titleZh: "农家手工腊香肠 一斤",
    titleEn: "Handmade cured sausage, per jin",
    descriptionZh: "七分瘦三分肥，手工灌制，挂在屋檐下风干。",
    descriptionEn: "Seven parts lean to three parts fat, filled by hand and dried under the eaves.",
    priceFen: 6_800,
    unit: "JIN",
    art: { kind: "pork", pork: "sausage" },
  }),
  spicySausage: preset({
    category: "pork",
    titleZh: "麻辣香肠 一斤",
    titleEn: "Sichuan-pepper spicy sausage, per jin",
    descriptionZh: "花椒辣椒都是自家种的，麻辣鲜香，下饭神器。",
    descriptionEn: "Made with our own Sichuan pepper and chillies: numbing, hot and very good with rice.",
    priceFen: 6_800,
    unit: "JIN",
    art: { kind: "pork", pork: "sausage" },
    pictures: 1,
  }),
  freshBelly: preset({
    category: "pork",
    titleZh: "土猪五花肉 鲜肉 一斤",
    titleEn: "Fresh farm pork belly, per jin",
    descriptionZh: `吃粮食和猪草长大的土猪，养足一年。肥瘦相间，做红烧肉最好。${COLD_CHAIN.zh}`,
    descriptionEn: `Pigs raised a full year on grain and greens. Nicely layered: perfect for red-braised pork. ${COLD_CHAIN.en}`,
    priceFen: 4_800,
    unit: "JIN",
    art: { kind: "pork", pork: "fresh" },
  }),
  freshRibs: preset({
    category: "pork",
    titleZh: "土猪肋排 一斤",
    titleEn: "Farm pork spare ribs, per jin",
    descriptionZh: `炖莲藕、做糖醋排骨都合适。${COLD_CHAIN.zh}`,
    descriptionEn: `For lotus-root soup or sweet-and-sour ribs. ${COLD_CHAIN.en}`,
    priceFen: 5_800,
    unit: "JIN",
    art: { kind: "pork", pork: "fresh" },
    pictures: 1,
  }),
} satisfies Record<string, ProductSpec>;

export const MUSHROOMS = {
  flowerShiitake: preset({
    category: "mushrooms",
    titleZh: "郧西花菇 干香菇 一斤",
    titleEn: "Yunxi flower shiitake, dried, per jin",
    descriptionZh: "椴木种植，冬天低温慢长出的花菇，菇盖厚、花纹白，泡发后香味浓。",
    descriptionEn:
      "Grown on oak logs and slow-grown in the winter cold: thick caps with white 'flower' cracks and a deep aroma once soaked.",
    priceFen: 8_800,
    unit: "JIN",
    art: { kind: "mushrooms", woodEar: false },
  }),
  shiitakeThick: preset({
    category: "mushrooms",
    titleZh: "厚肉香菇 干货 250克",
    titleEn: "Thick-cap dried shiitake, 250 g",
    descriptionZh: "大小均匀的厚菇，炖鸡、炒菜、做香菇酱都好用。",
    descriptionEn: "Even, thick caps for chicken soup, stir-fries or home-made mushroom sauce.",
    priceFen: 3_800,
    unit: "BOX",
    art: { kind: "mushrooms", woodEar: false },
    pictures: 1,
  }),
  shiitakeGift: preset({
    category: "mushrooms",
    titleZh: "山珍香菇礼盒 500克",
    titleEn: "Mountain shiitake gift box, 500 g",
    descriptionZh: "精选花菇装礼盒，适合走亲访友。",
    descriptionEn: "Hand-picked flower shiitake in a gift box, for visiting family and friends.",
    priceFen: 12_800,
    unit: "BOX",
    art: { kind: "mushrooms", woodEar: false },
  }),
  woodEar: preset({
    category: "mushrooms",
    titleZh: "秋木耳 干货 250克",
    titleEn: "Autumn wood ear fungus, dried, 250 g",
    descriptionZh: "山里椴木秋木耳，肉厚、泡发率高，凉拌炒菜都爽脆。",
    descriptionEn:
      "Autumn wood ear from mountain logs: thick, swells well when soaked, crisp in salads and stir-fries.",
    priceFen: 4_800,
    unit: "BOX",
    art: { kind: "mushrooms", woodEar: true },
  }),
  woodEarJin: preset({
    category: "mushrooms",
    titleZh: "小碗耳 黑木耳 一斤",
    titleEn: "Small 'bowl' black wood ear, per jin",
    descriptionZh: "朵小如碗，无根无沙，泡发一斤能出十斤。",
    descriptionEn: "Small, bowl-shaped, with no roots or grit: one jin soaks up to ten.",
    priceFen: 8_800,
    unit: "JIN",
    art: { kind: "mushrooms", woodEar: true },
    pictures: 1,
  }),
} satisfies Record<string, ProductSpec>;

const BEES = {
  zh: "中华蜂在深山里采百花，一年只取一次成熟蜜，不加水不加糖。",
  en: "Chinese honeybees forage wild flowers deep in the hills; the ripe honey is taken once a year, with no water or sugar added.",
};

export const HONEY = {
  wildHoney: preset({
    category: "honey",
    titleZh: "野生土蜂蜜 中华蜂 500克",
    titleEn: "Wild Chinese-bee honey, 500 g jar",
    descriptionZh: `${BEES.zh}天冷会结晶，是正常现象。`,
    descriptionEn: `${BEES.en} It crystallises in the cold, as real honey does.`,
    priceFen: 6_800,
    unit: "BOTTLE",
    art: { kind: "honey", shade: "wildflower", bottle: false },
  }),
  acacia: preset({
    category: "honey",
    titleZh: "洋槐蜜 1千克",
    titleEn: "Acacia honey, 1 kg",
    descriptionZh: "五月槐花开时的单花蜜，颜色浅、清甜不腻，不易结晶。",
    descriptionEn:
      "Single-flower honey from the May acacia bloom: pale, light and sweet, slow to crystallise.",
    priceFen: 9_800,
    unit: "BOTTLE",
    art: { kind: "honey", shade: "acacia", bottle: true },
  }),
  chestnut: preset({
    category: "honey",
    titleZh: "板栗花蜜 500克",
    titleEn: "Chestnut-blossom honey, 500 g",
    descriptionZh: "颜色深、味道浓，微微带苦，懂蜂蜜的人最爱。",
    descriptionEn: "Dark and bold with a slight bitterness: the honey-lover's honey.",
    priceFen: 5_800,
    unit: "BOTTLE",
    art: { kind: "honey", shade: "chestnut", bottle: false },
  }),
  comb: preset({
    category: "honey",
    titleZh: "原生态巢蜜 500克盒装",
    titleEn: "Natural honeycomb, 500 g box",
    descriptionZh: `连着蜂巢一起吃，蜂蜡可以嚼。${BEES.zh}`,
    descriptionEn: `Eat it comb and all; the wax can be chewed. ${BEES.en}`,
    priceFen: 12_800,
    unit: "BOX",
    art: { kind: "honey", shade: "wildflower", bottle: false },
  }),
  hundredFlower: preset({
    category: "honey",
    titleZh: "百花蜜 两瓶装",
    titleEn: "Wildflower honey, two jars",
    descriptionZh: "春夏两季的百花蜜各一瓶，对比着尝。",
    descriptionEn: "One jar from spring and one from summer, to taste side by side.",
    priceFen: 11_800,
    unit: "BOX",
    art: { kind: "honey", shade: "acacia", bottle: false },
  }),
} satisfies Record<string, ProductSpec>;
