import type { ServerResponse } from "node:http";

/** Markup that is already safe; anything else put into `html` is escaped. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

type Interpolation = SafeHtml | string | number | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined) return "";
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** A template tag that escapes every interpolated value unless it is already `SafeHtml`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let text = strings[0] ?? "";
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(text);
}

/** Chinese first, the English after it in a smaller line, marked as English for screen readers. */
export function bilingual(chinese: string, english: string): SafeHtml {
  return html`${chinese} <span lang="en" class="en">${english}</span>`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#f6f7f9}
main{max-width:30rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.4rem;margin:.5rem 0 1rem}
h2{font-size:1.05rem;margin:1.25rem 0 .5rem}
.en{display:block;font-size:.85em;font-weight:400;color:#57606a}
button .en{display:inline;color:inherit}
.badge{display:inline-block;background:#fff4d6;color:#6b4b00;border-radius:999px;padding:.1rem .7rem;font-size:.85rem}
.card{background:#fff;border:1px solid #d0d7de;border-radius:12px;padding:1rem;margin:1rem 0}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:.45rem .25rem;border-bottom:1px solid #eaeef2;vertical-align:top}
th{font-size:.85rem;color:#57606a;font-weight:500}
td.num,th.num{text-align:right;white-space:nowrap}
.total{display:flex;justify-content:space-between;font-size:1.15rem;font-weight:600;margin-top:.75rem}
fieldset{border:1px solid #d0d7de;border-radius:12px;padding:.5rem 1rem;margin:1rem 0;background:#fff}
legend{padding:0 .25rem;font-weight:600}
label.method{display:flex;gap:.75rem;align-items:center;min-height:48px;cursor:pointer}
label.method input{width:1.25rem;height:1.25rem}
button,.button{display:block;width:100%;min-height:48px;margin:.6rem 0;border-radius:10px;border:1px solid #1a7f37;background:#1a7f37;color:#fff;font:inherit;font-weight:600;cursor:pointer;text-align:center;text-decoration:none;padding:.6rem}
button.secondary{background:#fff;color:#9a3412;border-color:#9a3412}
button.plain,.button.plain{background:transparent;color:#0550ae;border-color:transparent}
button:focus-visible,.button:focus-visible,input:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.error{background:#ffebe9;color:#82071e;border:1px solid #ff8182;border-radius:10px;padding:.75rem 1rem;font-weight:600}
.note{color:#57606a;font-size:.9rem}
`;

export function page(title: string, body: SafeHtml): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="badge">测试模式 · <span lang="en">Test mode (stripe-local)</span></p>
${body.text}
</main>
</body>
</html>`;
}

export function sendPage(res: ServerResponse, status: number, document: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(document),
    "Cache-Control": "no-store",
    // No scripts, no outside resources; form-action is left open because Pay redirects to the shop.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
  });
  res.end(document);
}
