// The express companies that serve the village. Codes are stored on shop orders; names are shown.
// `color` is the badge colour the seller picks by sight (not the companies' trademarked logos).
export const couriers = [
  { code: "SF", nameZh: "顺丰速运", nameEn: "SF Express", color: "#1f1f1f" },
  { code: "JD", nameZh: "京东物流", nameEn: "JD Logistics", color: "#e1251b" },
  { code: "EMS", nameZh: "中国邮政EMS", nameEn: "China Post EMS", color: "#006a3b" },
  { code: "ZTO", nameZh: "中通快递", nameEn: "ZTO Express", color: "#1d4f9c" },
  { code: "YTO", nameZh: "圆通速递", nameEn: "YTO Express", color: "#5b2c83" },
  { code: "STO", nameZh: "申通快递", nameEn: "STO Express", color: "#f08300" },
  { code: "YUNDA", nameZh: "韵达速递", nameEn: "Yunda Express", color: "#f5b400" },
  { code: "JT", nameZh: "极兔速递", nameEn: "J&T Express", color: "#d6001c" },
  { code: "DEPPON", nameZh: "德邦快递", nameEn: "Deppon Express", color: "#0b3d91" },
  { code: "BEST", nameZh: "百世快递", nameEn: "BEST Express", color: "#c8102e" },
  { code: "ZJS", nameZh: "宅急送", nameEn: "ZJS Express", color: "#c4161c" },
] as const;

export type Courier = (typeof couriers)[number];
export type CourierCode = Courier["code"];
export const courierCodes = couriers.map((courier) => courier.code) as [CourierCode, ...CourierCode[]];

export function findCourier(code: string | null | undefined): Courier | undefined {
  return couriers.find((courier) => courier.code === code);
}
