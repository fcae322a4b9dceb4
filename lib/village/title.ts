// Alibaba's Taobao-village line: yearly online sales of at least 10 million yuan, and either at least
// 100 active online shops or at least 10% of the village's households selling online.

export const HOUSEHOLD_SHARE_LINE_PERCENT = 10;

export type TitleCheck = {
  salesMet: boolean;
  shopsMet: boolean;
  householdsMet: boolean;
  met: boolean;
  /** Fen still missing to the sales line, 0 once met. */
  salesGapFen: number;
};

export function checkTaobaoVillage(input: {
  salesFen: number;
  salesTargetFen: number;
  activeShops: number;
  shopTarget: number;
  households: number;
  householdsSelling: number;
}): TitleCheck {
  const salesMet = input.salesFen >= input.salesTargetFen;
  const shopsMet = input.activeShops >= input.shopTarget;
  // Integer comparison: selling / households >= 10% without a float.
  const householdsMet =
    input.households > 0 && input.householdsSelling * 100 >= input.households * HOUSEHOLD_SHARE_LINE_PERCENT;
  return {
    salesMet,
    shopsMet,
    householdsMet,
    met: salesMet && (shopsMet || householdsMet),
    salesGapFen: Math.max(0, input.salesTargetFen - input.salesFen),
  };
}

/** A share as a percentage for display only (never for money). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? (part / whole) * 100 : 0;
}
