// Backdrops and props shared by every product picture: the "studio" the products are shot in.
import { type Canvas, type Hsl, hsl, n, SIZE, smoothPath, tone } from "./svg";

export const SURFACES: Hsl[] = [
  { h: 36, s: 42, l: 91 }, // cream linen
  { h: 95, s: 16, l: 89 }, // pale sage
  { h: 25, s: 12, l: 89 }, // warm stone
  { h: 12, s: 38, l: 91 }, // blush
  { h: 200, s: 22, l: 90 }, // mist
  { h: 45, s: 30, l: 86 }, // sand
];

export const WALLS: Hsl[] = [
  { h: 38, s: 40, l: 92 },
  { h: 100, s: 18, l: 90 },
  { h: 205, s: 25, l: 91 },
  { h: 20, s: 30, l: 92 },
  { h: 48, s: 45, l: 89 },
];

/** A top-down surface filling the frame, lit from the upper left. */
export function flatlay(c: Canvas, surface: Hsl) {
  const base = c.radial(
    [
      [0, tone(surface, 4)],
      [0.7, tone(surface, 0)],
      [1, tone(surface, -6, 2)],
    ],
    { cx: 0.42, cy: 0.38, r: 0.78 },
  );
  const light = c.linear(
    [
      [0, "rgba(255,255,255,0)"],
      [0.5, "rgba(255,255,255,0.22)"],
      [1, "rgba(255,255,255,0)"],
    ],
    0,
    0,
    1,
    0,
  );
  return `<rect width="${SIZE}" height="${SIZE}" fill="${base}"/><rect x="-200" y="120" width="420" height="1200" fill="${light}" transform="rotate(-32 0 0)"/>`;
}

/** A wall and a table top seen from the front: for jars, tins and birds that stand up. */
export function tabletop(c: Canvas, wall: Hsl, table: Hsl, horizon = 560) {
  const wallFill = c.linear([
    [0, tone(wall, 3)],
    [1, tone(wall, -4)],
  ]);
  const tableFill = c.linear([
    [0, tone(table, -5)],
    [1, tone(table, 3)],
  ]);
  const glow = c.radial(
    [
      [0, "rgba(255,255,255,0.45)"],
      [1, "rgba(255,255,255,0)"],
    ],
    { cx: 0.5, cy: 0.5, r: 0.5 },
  );
  return (
    `<rect width="${SIZE}" height="${horizon}" fill="${wallFill}"/>` +
    `<ellipse cx="400" cy="${n(horizon * 0.55)}" rx="420" ry="300" fill="${glow}"/>` +
    `<rect y="${horizon}" width="${SIZE}" height="${SIZE - horizon}" fill="${tableFill}"/>` +
    `<rect y="${horizon}" width="${SIZE}" height="3" fill="${tone(table, -12)}" fill-opacity="0.5"/>`
  );
}

/** A wooden board with a few grain lines, for meat and mushrooms. */
export function woodBoard(c: Canvas, x: number, y: number, w: number, h: number, hue = 30) {
  const fill = c.linear(
    [
      [0, hsl(hue, 45, 62)],
      [1, hsl(hue - 4, 48, 52)],
    ],
    0,
    0,
    1,
    1,
  );
  let grain = "";
  for (let i = 1; i < 7; i++) {
    const gy = y + (h * i) / 7 + c.rng.float(-8, 8);
    const pts: [number, number][] = [];
    for (let k = 0; k <= 6; k++) pts.push([x + (w * k) / 6, gy + c.rng.float(-6, 6)]);
    grain += `<path d="${smoothPath(pts, false)}" stroke="${hsl(hue - 6, 40, 44)}" stroke-width="${n(c.rng.float(1.5, 3))}" fill="none" stroke-opacity="0.35"/>`;
  }
  return (
    `<rect x="${n(x + 10)}" y="${n(y + 16)}" width="${n(w)}" height="${n(h)}" rx="26" fill="rgba(60,40,20,0.18)"/>` +
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="26" fill="${fill}"/>` +
    `<g clip-path="${c.clip(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="26"/>`)}">${grain}</g>` +
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="26" fill="none" stroke="${hsl(hue - 5, 45, 42)}" stroke-width="3" stroke-opacity="0.5"/>`
  );
}

/** A sprig of leaves lying on the surface: the small styling touch of a shop photo. */
export function sprig(
  c: Canvas,
  x: number,
  y: number,
  angle: number,
  scale = 1,
  leaf: Hsl = { h: 110, s: 22, l: 55 },
) {
  const rng = c.rng;
  const length = 260 * scale;
  let leaves = "";
  const count = 7;
  for (let i = 0; i < count; i++) {
    const t = (i + 1) / (count + 1);
    const px = t * length;
    const py = Math.sin(t * 3) * 10 * scale;
    const side = i % 2 === 0 ? -1 : 1;
    const size = (30 - t * 10) * scale;
    const rot = side * rng.float(35, 55);
    leaves += `<ellipse cx="${n(px)}" cy="${n(py + side * size * 0.7)}" rx="${n(size * 0.55)}" ry="${n(size)}" transform="rotate(${n(rot)} ${n(px)} ${n(py)})" fill="${tone(leaf, rng.float(-6, 8))}"/>`;
  }
  return `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})"><path d="M0,0 Q${n(length / 2)},${n(18 * scale)} ${n(length)},0" stroke="${tone(leaf, -18)}" stroke-width="${n(3 * scale)}" fill="none"/>${leaves}</g>`;
}

/** The corner of a folded cloth, with its own soft shadow. */
export function clothCorner(c: Canvas, corner: 0 | 1 | 2 | 3, color: Hsl) {
  const base: [number, number][] = [
    [-20, 560],
    [330, 840],
    [-20, 840],
  ];
  const rot = corner * 90;
  const d = `M${base.map(([x, y]) => `${n(x)},${n(y)}`).join(" L")}Z`;
  const fill = c.linear(
    [
      [0, tone(color, 4)],
      [1, tone(color, -6)],
    ],
    0,
    0,
    1,
    1,
  );
  const stripes = Array.from({ length: 6 }, (_, i) => {
    const off = 600 + i * 40;
    return `<path d="M-20,${off} L${n(off - 260)},840" stroke="${tone(color, -10)}" stroke-width="4" stroke-opacity="0.35"/>`;
  }).join("");
  return `<g transform="rotate(${rot} 400 400)"><path d="M-20,548 L342,840" stroke="rgba(60,40,20,0.12)" stroke-width="16"/><path d="${d}" fill="${fill}"/><g clip-path="${c.clip(`<path d="${d}"/>`)}">${stripes}</g></g>`;
}
