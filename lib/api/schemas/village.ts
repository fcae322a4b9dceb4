import { z } from "zod";
import { moneySchema, nameSchema, timestampSchema } from "./common";

export const villagePeriodQuery = z.object({
  period: z
    .union([z.enum(["this-year", "last-12-months"]), z.string().regex(/^20\d\d$/)])
    .default("this-year")
    .meta({ description: "`this-year`, `last-12-months` or a Beijing calendar year such as `2025`." }),
});

const count = z.number().int().min(0);

export const villageFiguresSchema = z
  .object({
    village: z.object({ slug: z.string(), ...nameSchema }),
    period: z.object({
      key: z.string(),
      start: timestampSchema.meta({ description: "Inclusive; Beijing midnight." }),
      end: timestampSchema.meta({ description: "Exclusive." }),
    }),
    totals: z.object({
      grossSales: moneySchema,
      refunds: moneySchema,
      netSales: moneySchema.meta({ description: "Gross less refunds: the headline figure." }),
      orders: count,
      parcels: count,
    }),
    months: z.array(
      z.object({ month: z.string().meta({ example: "2026-11" }), netSales: moneySchema, orders: count }),
    ),
    categories: z.array(
      z.object({
        ...nameSchema,
        kind: z.enum(["CRAFTS", "AGRICULTURE"]),
        netSales: moneySchema,
        units: count,
      }),
    ),
    kinds: z.object({ agriculture: moneySchema, crafts: moneySchema }),
    topShops: z.array(z.object({ slug: z.string(), ...nameSchema, netSales: moneySchema, parcels: count })),
    double11: z.object({
      year: z.number().int(),
      netSales: moneySchema,
      orders: count,
      peakDay: z
        .string()
        .nullable()
        .meta({ description: "The best of 1–11 November (Beijing), YYYY-MM-DD." }),
      peakSales: moneySchema.nullable(),
    }),
    participation: z
      .object({
        activeShops: count,
        households: count,
        householdsSelling: count,
      })
      .meta({
        description:
          "Shops active at the period's end (or the end of today while it runs) by AliResearch's rule, as the title page counts them, and the households with a member's active shop.",
      }),
    taobaoVillage: z.object({
      salesTarget: moneySchema,
      shopTarget: count,
      salesMet: z.boolean(),
      shopsMet: z.boolean(),
      householdsMet: z.boolean(),
      met: z.boolean(),
    }),
  })
  .meta({
    id: "VillageFigures",
    description: "Net sales of the village's paid shop orders, dated by payment (Beijing time).",
  });
