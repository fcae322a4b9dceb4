/** Currencies whose smallest unit is the whole unit (Stripe's list). */
const ZERO_DECIMAL = new Set("bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf".split(" "));

const SYMBOLS = new Map([
  ["cny", "¥"],
  ["usd", "US$"],
  ["hkd", "HK$"],
  ["eur", "€"],
  ["gbp", "£"],
  ["jpy", "JP¥"],
]);

/** An amount in the smallest unit as text, by digits only (no floats): 12800 cny → "¥128.00". */
export function formatAmount(amount: number, currency: string): string {
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(amount)));
  const prefix = SYMBOLS.get(currency) ?? `${currency.toUpperCase()} `;
  if (ZERO_DECIMAL.has(currency)) return `${sign}${prefix}${groupThousands(digits)}`;
  const padded = digits.padStart(3, "0");
  return `${sign}${prefix}${groupThousands(padded.slice(0, -2))}.${padded.slice(-2)}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
