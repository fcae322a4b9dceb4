// The village's shops: who runs them, their stories, what they sell and roughly how much a year.
import type { CourierCode } from "@/lib/couriers";
import type { ProductSpec } from "./catalog";
import { CHICKEN, HONEY, MUSHROOMS, PORK, TEA } from "./farm";
import { bracelet, carving, necklace, pendant, rawStone, ring } from "./turquoise";

export type ShopSpec = {
  slug: string;
  ownerEmail: string;
  ownerName: string;
  nameZh: string;
  nameEn: string;
  storyZh: string;
  storyEn: string;
  status: "ACTIVE" | "PENDING" | "SUSPENDED";
  formerlyPoor: boolean;
  /** Paid sales over the twelve months, in yuan (before festival swings). */
  salesYuan: number;
  couriers: CourierCode[];
  products: ProductSpec[];
};

const soldOut = (spec: ProductSpec): ProductSpec => ({ ...spec, stock: 0 });
const draft = (spec: ProductSpec): ProductSpec => ({ ...spec, draft: true });

export const GUO_SHOP = "guo-mingfeng-turquoise";
export const WANG_SHOP = "wang-huajian-tea";
export const PENDING_SHOP = "pending-honey";

export const SHOPS: ShopSpec[] = [
  {
    slug: GUO_SHOP,
    ownerEmail: "guo@xiaying.test",
    ownerName: "郭明凤",
    nameZh: "郭明凤绿松石手串",
    nameEn: "Guo Mingfeng's Turquoise Bracelets",
    storyZh:
      "郭明凤以前是做豆腐的，天不亮就起床，2014年家里还是贫困户。2015年她跟着妹夫学会了打磨绿松石，也学会了用智能手机。她不识字，就用照片和微信语音跟顾客聊，每一串手串都是她亲手挑料、打磨、穿线。双十一的一个晚上，她接了五万元的订单。",
    storyEn:
      "Guo Mingfeng used to make tofu from before dawn, and in 2014 her family was on the poverty list. In 2015 her brother-in-law taught her to polish turquoise and to use a smartphone. She cannot read or write, so she talks to customers with photos and WeChat voice messages, and picks, polishes and strings every bracelet herself. One Double 11 night brought her 50,000 yuan of orders.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 300_000,
    couriers: ["SF", "ZTO", "YTO"],
    products: [
      bracelet("porcelain", 10),
      bracelet("spiderweb", 12),
      bracelet("green", 8, "agate"),
      bracelet("deepblue", 14),
      bracelet("pale", 6),
      pendant("porcelain"),
      necklace("spiderweb"),
    ],
  },
  {
    slug: "chunli-haige-live",
    ownerEmail: "jiang.chunli@xiaying.test",
    ownerName: "江春丽",
    nameZh: "春丽海哥直播间",
    nameEn: "Chunli & Huang Hai Live",
    storyZh:
      "在村里的电商扶贫中心，江春丽和丈夫黄海带着一支12人的直播团队，每天开播卖绿松石和山里的土货。团队里多是回乡的年轻人，好的时候一天能卖十万元左右。每件东西都在镜头前一件件看过、讲清楚了才发货。",
    storyEn:
      "At the village's e-commerce centre, Jiang Chunli and her husband Huang Hai lead a twelve-person live-streaming team that goes on air every day with turquoise and mountain produce. Most of the team are young people who came home; on a good day they sell around 100,000 yuan. Every item is shown and explained on camera before it ships.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 1_650_000,
    couriers: ["ZTO", "YTO", "JT", "YUNDA", "SF"],
    products: [
      bracelet("porcelain", 12, "spacers"),
      bracelet("green", 10),
      necklace("porcelain", true),
      ring("deepblue"),
      TEA.greenFirst,
      HONEY.wildHoney,
      MUSHROOMS.flowerShiitake,
    ],
  },
  {
    slug: "lijun-living-room-turquoise",
    ownerEmail: "jiang.lijun@xiaying.test",
    ownerName: "江立军",
    nameZh: "立军客厅直播·原矿松石",
    nameEn: "Lijun's Living-Room Turquoise",
    storyZh:
      "五十多岁的江立军每天在自家小洋楼的客厅里开直播，一年能卖出一百多万元。他最拿手的是讲原石：哪个矿口出的、铁线怎么看、染色料怎么分辨，老顾客都叫他“江老师”。",
    storyEn:
      "Jiang Lijun, in his fifties, goes live every day from the living room of his new house and sells over a million yuan a year. His speciality is rough stone: which mine it came from, how to read the matrix, how to spot a dyed fake. His regulars call him 'Teacher Jiang'.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 1_000_000,
    couriers: ["SF", "EMS", "JD"],
    products: [
      rawStone("porcelain", 200),
      soldOut(rawStone("spiderweb", 120)),
      rawStone("green", 80),
      bracelet("spiderweb", 14),
      carving("deepblue", "gourd"),
      draft(bracelet("porcelain", 8)),
    ],
  },
  {
    slug: "chen-turquoise-carving",
    ownerEmail: "chen.degao@xiaying.test",
    ownerName: "陈德高",
    nameZh: "陈师傅松石雕刻坊",
    nameEn: "Master Chen's Turquoise Carving Workshop",
    storyZh:
      "陈德高雕绿松石三十多年，以前只给城里的老板供货。村里修了路、通了网，他把作坊搬上了网，现在徒弟里有三个是村里的贫困户子女。",
    storyEn:
      "Chen Degao has carved turquoise for over thirty years, once only for dealers in the city. When the road and the internet reached the village he put his workshop online; three of his apprentices are now children of formerly poor families.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 260_000,
    couriers: ["SF", "JD"],
    products: [
      carving("porcelain", "gourd"),
      carving("green", "peach"),
      carving("pale", "gourd"),
      pendant("deepblue", true),
    ],
  },
  {
    slug: "hanjiang-raw-turquoise",
    ownerEmail: "liu.changhai@xiaying.test",
    ownerName: "刘长海",
    nameZh: "汉江原矿绿松石",
    nameEn: "Hanjiang Raw Turquoise",
    storyZh:
      "刘长海年轻时在矿上干活，认得每一条矿脉。如今他专卖原石，每块都拍清楚正反面和重量，不满意七天包退。",
    storyEn:
      "Liu Changhai worked the mines as a young man and knows every seam. Now he sells rough stone only, each piece photographed front and back with its weight, with seven-day returns.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 220_000,
    couriers: ["EMS", "SF"],
    products: [
      rawStone("deepblue", 300),
      rawStone("pale", 60),
      rawStone("green", 150),
      bracelet("green", 12),
    ],
  },
  {
    slug: "yunxi-silver-turquoise",
    ownerEmail: "huang.xiaojuan@xiaying.test",
    ownerName: "黄小娟",
    nameZh: "云溪银饰松石",
    nameEn: "Yunxi Silver & Turquoise",
    storyZh:
      "黄小娟在广州的首饰厂打了八年工，2018年回村开店，把银饰手艺和家乡的绿松石结合起来。戒指和吊坠都是她和丈夫两个人手工镶嵌的。",
    storyEn:
      "Huang Xiaojuan spent eight years in a jewellery factory in Guangzhou, then came home in 2018 to pair silversmithing with her home county's turquoise. She and her husband set every ring and pendant by hand.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 300_000,
    couriers: ["SF", "YTO"],
    products: [
      ring("porcelain"),
      ring("spiderweb"),
      pendant("pale"),
      pendant("porcelain", true),
      necklace("deepblue"),
    ],
  },
  {
    slug: "zhou-family-beads",
    ownerEmail: "zhou.guilan@xiaying.test",
    ownerName: "周桂兰",
    nameZh: "周家松石珠",
    nameEn: "Zhou Family Turquoise Beads",
    storyZh: "周桂兰一家三代都在磨珠子。丈夫身体不好以后，她靠网店撑起了这个家，还供出了村里的第一个研究生。",
    storyEn:
      "Three generations of the Zhou family have polished beads. After her husband fell ill, Zhou Guilan kept the family going with her online shop, and put the village's first postgraduate through university.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 200_000,
    couriers: ["ZTO", "STO"],
    products: [
      bracelet("pale", 8),
      bracelet("porcelain", 6),
      bracelet("deepblue", 10, "spacers"),
      necklace("green"),
    ],
  },
  {
    slug: "mountain-blue-turquoise",
    ownerEmail: "yang.yongfu@xiaying.test",
    ownerName: "杨永富",
    nameZh: "山里蓝绿松石",
    nameEn: "Mountain Blue Turquoise",
    storyZh:
      "杨永富以前在外地工地上打零工。村里办了免费电商培训班，他是第一批学员，现在自己开店，也带着两个邻居一起做。",
    storyEn:
      "Yang Yongfu used to take odd jobs on building sites far from home. He was in the first class of the village's free e-commerce training; now he runs his own shop and has brought two neighbours in with him.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 180_000,
    couriers: ["YUNDA", "ZTO"],
    products: [bracelet("deepblue", 12), ring("pale"), pendant("spiderweb"), rawStone("porcelain", 90)],
  },
  {
    slug: "tianhe-turquoise",
    ownerEmail: "he.chunyan@xiaying.test",
    ownerName: "何春燕",
    nameZh: "天河绿松石",
    nameEn: "Tianhe Turquoise",
    storyZh: "店名取自家门口的天河。何春燕白天磨石头，晚上开直播，孩子放学就在旁边写作业。",
    storyEn:
      "Named after the Tianhe river outside her door. He Chunyan polishes stone by day and goes live in the evening, while her children do their homework beside her.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 240_000,
    couriers: ["JT", "ZTO", "SF"],
    products: [
      bracelet("spiderweb", 10),
      bracelet("porcelain", 14, "agate"),
      necklace("pale"),
      ring("green"),
    ],
  },
  {
    slug: "peng-turquoise-carving",
    ownerEmail: "peng.zhenhua@xiaying.test",
    ownerName: "彭振华",
    nameZh: "彭振华松石雕",
    nameEn: "Peng Zhenhua Turquoise Carving",
    storyZh: "彭振华是县里评的工艺美术师，擅长依料设计，一块原石要琢磨好几天才下刀。他的雕件常被人买去收藏。",
    storyEn:
      "Peng Zhenhua is a county-certified craft artist who designs around each stone, studying a rough for days before the first cut. Collectors buy his pieces.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 200_000,
    couriers: ["SF", "JD"],
    products: [
      soldOut(carving("porcelain", "peach")),
      carving("spiderweb", "gourd"),
      carving("deepblue", "peach"),
      rawStone("spiderweb", 250),
    ],
  },
  {
    slug: "xiaoxia-turquoise-jewellery",
    ownerEmail: "li.xiaoxia@xiaying.test",
    ownerName: "李小霞",
    nameZh: "小霞松石饰品",
    nameEn: "Xiaoxia Turquoise Jewellery",
    storyZh: "李小霞是村里回来的大学生，喜欢把传统绿松石做成年轻人日常能戴的小饰品，每周上新。",
    storyEn:
      "Li Xiaoxia came home after university and turns traditional turquoise into small pieces young people can wear every day, with something new every week.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 260_000,
    couriers: ["YTO", "ZTO", "SF"],
    products: [
      ring("deepblue", true),
      pendant("green"),
      bracelet("pale", 6, "spacers"),
      necklace("porcelain"),
      ring("porcelain"),
    ],
  },
  {
    slug: "liu-old-mine-turquoise",
    ownerEmail: "liu.xuewen@xiaying.test",
    ownerName: "刘学文",
    nameZh: "刘家老矿松石",
    nameEn: "Liu Family Old-Mine Turquoise",
    storyZh:
      "刘家祖上就在老矿口采石。刘学文把家里攒了几十年的老料一点点做成手串和摆件，货不多，卖完就没有了。",
    storyEn:
      "The Liu family have mined the old pits for generations. Liu Xuewen is turning decades of saved rough into bracelets and carvings, a little at a time: when it is gone, it is gone.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 160_000,
    couriers: ["EMS", "SF"],
    products: [
      rawStone("green", 400),
      bracelet("green", 14),
      bracelet("spiderweb", 8),
      carving("green", "gourd"),
    ],
  },
  {
    slug: "qingshi-turquoise",
    ownerEmail: "wu.guoqiang@xiaying.test",
    ownerName: "吴国强",
    nameZh: "青石松石小铺",
    nameEn: "Qingshi Turquoise Corner",
    storyZh: "吴国强的小店主营入门款绿松石饰品，价格实惠。",
    storyEn: "Wu Guoqiang's small shop sells entry-level turquoise jewellery at friendly prices.",
    status: "SUSPENDED",
    formerlyPoor: false,
    salesYuan: 60_000,
    couriers: ["STO"],
    products: [bracelet("pale", 10), ring("pale"), pendant("pale")],
  },
  {
    slug: WANG_SHOP,
    ownerEmail: "wang@xiaying.test",
    ownerName: "王华建",
    nameZh: "王华建高山茶园",
    nameEn: "Wang Huajian Mountain Tea",
    storyZh:
      "王华建和妻子在山坡上种茶、制茶，靠网店和直播把郧西高山茶卖到全国，一年销售额超过一千万元。他们带动周边四百五十多户人家种上了茶树，村里不少人就在他们的茶厂上班，不用再出门打工。",
    storyEn:
      "Wang Huajian and his wife grow and make tea on the mountainside, and through their shop and live-streams sell Yunxi mountain tea across China, more than ten million yuan a year. They have encouraged over 450 nearby households to plant tea, and many villagers now work at their tea works instead of leaving home for jobs.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 700_000,
    couriers: ["SF", "JD", "YUNDA"],
    products: [
      TEA.greenSpecial,
      TEA.greenFirst,
      TEA.greenLoose,
      soldOut(TEA.greenGift),
      TEA.maojian,
      TEA.blackGongfu,
      TEA.whiteCake,
    ],
  },
  {
    slug: "xiuying-cloud-tea",
    ownerEmail: "chen.xiuying@xiaying.test",
    ownerName: "陈秀英",
    nameZh: "秀英云雾茶",
    nameEn: "Xiuying Cloud-Mist Tea",
    storyZh:
      "陈秀英家的茶园在云雾缭绕的山顶上。2016年她种下第一片白茶，现在每年春天都请十几位乡亲来帮忙采茶。",
    storyEn:
      "Chen Xiuying's tea garden sits on a misty hilltop. She planted her first white tea in 2016; now a dozen neighbours come to help with the picking every spring.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 220_000,
    couriers: ["SF", "YTO"],
    products: [TEA.whiteNeedle, TEA.whiteCake, TEA.blackGold, TEA.greenFirst],
  },
  {
    slug: "jianguo-black-tea",
    ownerEmail: "zhang.jianguo@xiaying.test",
    ownerName: "张建国",
    nameZh: "建国手工红茶",
    nameEn: "Jianguo Handmade Black Tea",
    storyZh: "张建国去福建学了三年红茶工艺，回来用郧西的夏茶做红茶，让以前卖不上价的夏秋茶叶也有了好去处。",
    storyEn:
      "Zhang Jianguo spent three years in Fujian learning to make black tea, then came home to make it from Yunxi's summer leaves, which used to fetch almost nothing.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 160_000,
    couriers: ["YUNDA", "ZTO"],
    products: [TEA.blackGongfu, TEA.blackGold, draft(TEA.darkBrick), TEA.greenLoose],
  },
  {
    slug: "sister-tian-mountain-chicken",
    ownerEmail: "tian.guifang@xiaying.test",
    ownerName: "田桂芳",
    nameZh: "田大姐跑山鸡",
    nameEn: "Sister Tian's Mountain Chickens",
    storyZh: "田桂芳在后山林子里散养了八百多只鸡，每天早上吹哨子喊鸡回来吃玉米。她说鸡跑得多，肉才香。",
    storyEn:
      "Tian Guifang keeps over eight hundred chickens loose in the woods behind the village and whistles them home for maize each morning. The more they run, she says, the better they taste.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 150_000,
    couriers: ["SF", "JD"],
    products: [CHICKEN.wholeHen, soldOut(CHICKEN.oldHen), CHICKEN.eggs30, CHICKEN.eggs60],
  },
  {
    slug: "old-zhao-chicken-eggs",
    ownerEmail: "zhao.desheng@xiaying.test",
    ownerName: "赵德胜",
    nameZh: "老赵土鸡土蛋",
    nameEn: "Old Zhao's Chickens & Eggs",
    storyZh: "赵德胜是易地搬迁户，搬进新房后在合作社的帮助下养起了乌鸡和土鸡，现在订单排到了下个月。",
    storyEn:
      "Zhao Desheng's family was resettled from a remote hamlet; in the new house, with the co-op's help, he began raising black-bone and free-range chickens, and orders now run a month ahead.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 120_000,
    couriers: ["SF", "EMS"],
    products: [CHICKEN.silkie, CHICKEN.rooster, CHICKEN.wholeHen, CHICKEN.eggs30],
  },
  {
    slug: "xiaying-cured-pork",
    ownerEmail: "huang.deming@xiaying.test",
    ownerName: "黄德明",
    nameZh: "下营腊肉坊",
    nameEn: "Xiaying Cured Pork House",
    storyZh:
      "每年入冬，黄德明家的熏房就开始冒烟。松柏枝慢熏四十天的老做法没变，变的是腊肉现在能从村里直接寄到全国。",
    storyEn:
      "Every winter the smokehouse at Huang Deming's starts to smoke. The old way, forty days over pine and cypress, has not changed; what has changed is that the pork now ships from the village to all of China.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 200_000,
    couriers: ["SF", "EMS", "DEPPON"],
    products: [PORK.curedBelly, PORK.curedLeg, PORK.curedGift, PORK.sausage],
  },
  {
    slug: "sister-liu-farm-pork",
    ownerEmail: "liu.chunmei@xiaying.test",
    ownerName: "刘春梅",
    nameZh: "刘嫂土猪肉",
    nameEn: "Sister Liu's Farm Pork",
    storyZh:
      "刘春梅家养着三十多头土猪，吃的是自家种的玉米和红薯。她和城里的几个小区建了团购群，每周杀一次猪。",
    storyEn:
      "Liu Chunmei keeps some thirty pigs on home-grown maize and sweet potatoes. She runs group-buying chats with several city neighbourhoods and slaughters once a week.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 120_000,
    couriers: ["SF", "DEPPON"],
    products: [PORK.freshBelly, PORK.freshRibs, PORK.spicySausage, PORK.curedBelly],
  },
  {
    slug: "wild-hills-shiitake",
    ownerEmail: "yang.dashan@xiaying.test",
    ownerName: "杨大山",
    nameZh: "山野香菇",
    nameEn: "Wild Hills Shiitake",
    storyZh: "杨大山在林下种了两万多根椴木香菇，冬天花菇最好。采下来当天就上烘房，一点硫磺都不用。",
    storyEn:
      "Yang Dashan grows shiitake on over twenty thousand oak logs under the trees; the winter flower mushrooms are the best. They go into the drying room the day they are picked, with no sulphur at all.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 120_000,
    couriers: ["ZTO", "YUNDA"],
    products: [MUSHROOMS.flowerShiitake, MUSHROOMS.shiitakeThick, MUSHROOMS.shiitakeGift, MUSHROOMS.woodEar],
  },
  {
    slug: "yunxi-mountain-treasures",
    ownerEmail: "hu.mingliang@xiaying.test",
    ownerName: "胡明亮",
    nameZh: "郧西山珍",
    nameEn: "Yunxi Mountain Treasures",
    storyZh: "胡明亮收购周边几个村的木耳和香菇，统一分拣、包装后在网上卖，给乡亲们的山货找到了稳定的销路。",
    storyEn:
      "Hu Mingliang buys wood ear and shiitake from the villages around, sorts and packs them, and sells them online: a steady outlet for his neighbours' mountain produce.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 100_000,
    couriers: ["YTO", "STO"],
    products: [MUSHROOMS.woodEar, MUSHROOMS.woodEarJin, MUSHROOMS.flowerShiitake, MUSHROOMS.shiitakeGift],
  },
  {
    slug: "feng-wild-honey",
    ownerEmail: "feng.zhiqiang@xiaying.test",
    ownerName: "冯志强",
    nameZh: "冯哥野蜂蜜",
    nameEn: "Brother Feng's Wild Honey",
    storyZh:
      "冯志强在深山里放了一百二十箱中华蜂，跟着花期转场。顾客叫他“冯哥”，他的每一瓶蜜都写着取蜜的日期。",
    storyEn:
      "Feng Zhiqiang keeps 120 hives of Chinese honeybees deep in the hills and moves them with the bloom. Customers call him Brother Feng; every jar carries the date it was taken.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 140_000,
    couriers: ["SF", "ZTO"],
    products: [HONEY.wildHoney, soldOut(HONEY.comb), HONEY.chestnut, HONEY.hundredFlower],
  },
  {
    slug: "baihua-ridge-honey",
    ownerEmail: "luo.yulan@xiaying.test",
    ownerName: "罗玉兰",
    nameZh: "百花岭蜂蜜",
    nameEn: "Baihua Ridge Honey",
    storyZh: "罗玉兰五十岁才开始学养蜂，如今是村里养蜂合作社的带头人，帮二十多户贫困户卖出了蜂蜜。",
    storyEn:
      "Luo Yulan took up beekeeping at fifty and now leads the village beekeepers' co-op, which has sold honey for more than twenty formerly poor households.",
    status: "ACTIVE",
    formerlyPoor: true,
    salesYuan: 110_000,
    couriers: ["YTO", "SF"],
    products: [HONEY.acacia, HONEY.wildHoney, HONEY.hundredFlower, HONEY.chestnut],
  },
  {
    slug: "xiaying-farm-coop",
    ownerEmail: "sun.hongmei@xiaying.test",
    ownerName: "孙红梅",
    nameZh: "下营村农特产合作社",
    nameEn: "Xiaying Village Farm Co-op",
    storyZh:
      "合作社和村里的农户签了收购协议，把茶叶、土鸡、腊肉、香菇和蜂蜜统一品控、统一发货，卖得的钱按斤两返给农户。",
    storyEn:
      "The co-op has purchase agreements with village farmers: tea, chickens, cured pork, mushrooms and honey are checked and shipped together, and the money goes back to each farmer by weight.",
    status: "ACTIVE",
    formerlyPoor: false,
    salesYuan: 200_000,
    couriers: ["EMS", "SF", "JD"],
    products: [TEA.greenFirst, CHICKEN.wholeHen, PORK.curedGift, MUSHROOMS.shiitakeGift, HONEY.wildHoney],
  },
  {
    slug: PENDING_SHOP,
    ownerEmail: "pending@xiaying.test",
    ownerName: "姚春生",
    nameZh: "春生土蜂蜜",
    nameEn: "Chunsheng's Local Honey",
    storyZh: "姚春生去年在后山放了四十箱中华蜂，今年第一次取蜜，想把蜂蜜卖到山外去。",
    storyEn:
      "Yao Chunsheng set forty hives of Chinese honeybees on the hill behind his house last year; this is his first harvest, and he wants to sell it beyond the mountains.",
    status: "PENDING",
    formerlyPoor: true,
    salesYuan: 0,
    couriers: ["SF"],
    products: [HONEY.wildHoney, HONEY.comb],
  },
];
