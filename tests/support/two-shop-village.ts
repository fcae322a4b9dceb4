/**
 * The smallest village the rollup migrations' tests sell from, as SQL that runs on a schema of any
 * migration since the init: village v, buyer b, shops a and b (of sellers s1 and s2), and one tea
 * product in each (pa at 10 yuan, pb at 30).
 */
export const TWO_SHOP_VILLAGE_SQL = `
  INSERT INTO "Village" (id, slug, "nameZh", "nameEn", "countyZh", "countyEn") VALUES ('v', 'v', '下营村', 'Xiaying', '郧西县', 'Yunxi');
  INSERT INTO "User" (id, email, "passwordHash", name, role) VALUES
    ('b', 'b@x.test', 'x', 'b', 'BUYER'), ('s1', 's1@x.test', 'x', 's', 'SELLER'), ('s2', 's2@x.test', 'x', 's', 'SELLER');
  INSERT INTO "Shop" (id, "villageId", "ownerId", slug, "nameZh", "nameEn", "storyZh", "storyEn", status) VALUES
    ('a', 'v', 's1', 'a', '店', 'Shop', '', '', 'ACTIVE'), ('b', 'v', 's2', 'b', '店', 'Shop', '', '', 'ACTIVE');
  INSERT INTO "Category" (id, slug, kind, "nameZh", "nameEn") VALUES ('tea', 'tea', 'AGRICULTURE', '茶', 'Tea');
  INSERT INTO "Product" (id, "shopId", "categoryId", "titleZh", "titleEn", "priceFen", stock, "updatedAt") VALUES
    ('pa', 'a', 'tea', '茶', 'Tea', 1000, 5, now()), ('pb', 'b', 'tea', '茶', 'Tea', 3000, 5, now());`;
