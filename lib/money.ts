// Money is an integer number of fen everywhere; only these functions turn it into text or back.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatFen(fen: number | bigint, locale = "zh-CN"): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "CNY",
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  const value = typeof fen === "bigint" ? fen : BigInt(fen);
  const yuan = value / 100n;
  const rest = value % 100n;
  // Format the yuan part as an integer and append exact fen, so no float ever touches the amount.
  const sign = value < 0n ? "-" : "";
  const absYuan = yuan < 0n ? -yuan : yuan;
  const absRest = rest < 0n ? -rest : rest;
  const parts = formatter.formatToParts(Number(absYuan));
  return (
    sign +
    parts.map((part) => (part.type === "fraction" ? String(absRest).padStart(2, "0") : part.value)).join("")
  );
}

/** Parses a yuan amount typed by a person ("12", "12.5", "12.50") into fen; null when it is not one. */
export function parseYuanToFen(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const yuan = Number(match[1]);
  const fen = Number((match[2] ?? "").padEnd(2, "0"));
  return yuan * 100 + fen;
}
