// CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Windows reads Chinese as GBK),
// CRLF line ends, and cells that could start a formula defused.

const BOM = "\uFEFF";

export type Cell = string | number | null;

function escapeCell(cell: Cell): string {
  if (cell === null) return "";
  let text = String(cell);
  // A shop name like "=HYPERLINK(...)" must stay text when a spreadsheet opens the file.
  if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: Cell[][]): string {
  return `${BOM}${rows.map((row) => row.map(escapeCell).join(",")).join("\r\n")}\r\n`;
}

/** Fen as a plain yuan amount with two decimals ("123456" → "1234.56"), by integer arithmetic. */
export function fenToYuanText(fen: number): string {
  const value = BigInt(fen);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}
