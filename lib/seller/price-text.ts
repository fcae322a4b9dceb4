/** A stored price as the seller would type it again: 1230 fen → "12.30", 700 fen → "7". */
export function fenToYuanText(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, "0")}`;
}
