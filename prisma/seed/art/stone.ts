// Turquoise itself: stone colours, matrix veining, polished beads, metal settings.
import type { Random } from "../random";
import { blob, type Canvas, type Hsl, hsl, n, shadow, smoothPath, tone } from "./svg";

export const STONES: Hsl[] = [
  { h: 181, s: 52, l: 52 }, // sky blue
  { h: 174, s: 42, l: 58 }, // robin's egg
  { h: 160, s: 36, l: 48 }, // green turquoise
  { h: 190, s: 58, l: 44 }, // deep blue
  { h: 177, s: 34, l: 66 }, // pale, high porcelain
];
const MATRIX: Hsl[] = [
  { h: 25, s: 35, l: 22 },
  { h: 20, s: 12, l: 16 },
  { h: 34, s: 45, l: 34 },
];

export type Stone = { body: Hsl; matrix: Hsl; veins: number };

/** A stone of one of the STONES colours; `veins` scales how much matrix shows (0.5 clean, 2+ spiderweb). */
export function stoneOf(rng: Random, colour: number, veins: number): Stone {
  return { body: STONES[colour % STONES.length] as Hsl, matrix: rng.pick(MATRIX), veins };
}

/** Gradients for one stone colour: three slightly different fills so beads are not identical. */
export function stoneFills(c: Canvas, stone: Stone) {
  return [0, -4, 4].map((dl) =>
    c.radial(
      [
        [0, tone(stone.body, 22 + dl, -8)],
        [0.35, tone(stone.body, 6 + dl)],
        [0.8, tone(stone.body, -6 + dl)],
        [1, tone(stone.body, -16 + dl, 4)],
      ],
      { cx: 0.4, cy: 0.36, r: 0.66, fx: 0.34, fy: 0.3 },
    ),
  );
}

/**
 * Dark matrix lines wandering across a stone, as in real Yunxi turquoise. With `inside` the lines
 * stop at the stone's edge, so small beads need no clip path (librsvg draws a full-size mask per clip).
 */
export function veins(
  rng: Random,
  cx: number,
  cy: number,
  r: number,
  stone: Stone,
  amount: number,
  inside = false,
) {
  let out = "";
  const count = Math.round(amount * stone.veins);
  const edge = r * 0.93;
  for (let v = 0; v < count; v++) {
    const a = rng.float(0, Math.PI * 2);
    const start = inside ? edge * 0.98 : r * 1.05;
    let x = cx + Math.cos(a) * start;
    let y = cy + Math.sin(a) * start;
    let heading = a + Math.PI + rng.float(-0.7, 0.7);
    const pts: [number, number][] = [[x, y]];
    const steps = rng.int(4, 8);
    for (let s = 0; s < steps; s++) {
      heading += rng.float(-0.9, 0.9);
      const step = r * rng.float(0.22, 0.42);
      x += Math.cos(heading) * step;
      y += Math.sin(heading) * step;
      const out = Math.hypot(x - cx, y - cy);
      if (inside && out > edge) {
        pts.push([cx + ((x - cx) * edge) / out, cy + ((y - cy) * edge) / out]);
        break;
      }
      pts.push([x, y]);
    }
    const width = Math.min(Math.max(0.8, r * rng.float(0.025, 0.07)), rng.float(2.5, 5));
    out += `<path d="${smoothPath(pts, false)}" stroke="${tone(stone.matrix, rng.float(-4, 6))}" stroke-width="${n(width)}" fill="none" stroke-linecap="round" stroke-opacity="${n(rng.float(0.55, 0.9))}"/>`;
  }
  const spots = Math.round(rng.float(0, 2.5) * stone.veins);
  for (let s = 0; s < spots; s++) {
    const a = rng.float(0, Math.PI * 2);
    const d = rng.float(0, r * 0.7);
    out += `<path d="${blob(rng, cx + Math.cos(a) * d, cy + Math.sin(a) * d, r * rng.float(0.04, 0.12), r * rng.float(0.03, 0.09), 0.4, 6)}" fill="${tone(stone.matrix, 4)}" fill-opacity="0.7"/>`;
  }
  return out;
}

/** One polished bead seen from above: body, veins, and a window-light highlight. */
export function bead(c: Canvas, cx: number, cy: number, r: number, stone: Stone, fill: string) {
  return (
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"/>` +
    veins(c.rng, cx, cy, r, stone, 2.2, true) +
    `<ellipse cx="${n(cx - r * 0.36)}" cy="${n(cy - r * 0.4)}" rx="${n(r * 0.26)}" ry="${n(r * 0.15)}" transform="rotate(-38 ${n(cx - r * 0.36)} ${n(cy - r * 0.4)})" fill="rgba(255,255,255,0.7)"/>` +
    `<circle cx="${n(cx + r * 0.42)}" cy="${n(cy + r * 0.45)}" r="${n(r * 0.1)}" fill="rgba(255,255,255,0.18)"/>`
  );
}

export function beadShadow(c: Canvas, cx: number, cy: number, r: number) {
  return shadow(c, cx + r * 0.28, cy + r * 0.34, r * 1.15, r * 1.08, 0.3);
}

export function metalFill(c: Canvas, gold: boolean) {
  return gold
    ? c.linear(
        [
          [0, hsl(45, 80, 78)],
          [0.5, hsl(40, 70, 52)],
          [1, hsl(35, 65, 38)],
        ],
        0,
        0,
        1,
        1,
      )
    : c.linear(
        [
          [0, hsl(210, 10, 94)],
          [0.45, hsl(210, 6, 70)],
          [0.7, hsl(210, 8, 86)],
          [1, hsl(210, 8, 52)],
        ],
        0,
        0,
        1,
        1,
      );
}

/** A teardrop cabochon in a metal bezel, hanging from its bail at (x, y). */
export function drop(c: Canvas, x: number, y: number, size: number, stone: Stone, gold: boolean) {
  const rng = c.rng;
  const metal = metalFill(c, gold);
  const cy = y + size * 1.15;
  const outline = (k: number) =>
    `M${n(x)},${n(cy - size * 1.05 * k)} C${n(x + size * 0.55 * k)},${n(cy - size * 0.6 * k)} ${n(x + size * 0.85 * k)},${n(cy + size * 0.1 * k)} ${n(x + size * 0.8 * k)},${n(cy + size * 0.38 * k)} A${n(size * 0.8 * k)},${n(size * 0.72 * k)} 0 0 1 ${n(x - size * 0.8 * k)},${n(cy + size * 0.38 * k)} C${n(x - size * 0.85 * k)},${n(cy + size * 0.1 * k)} ${n(x - size * 0.55 * k)},${n(cy - size * 0.6 * k)} ${n(x)},${n(cy - size * 1.05 * k)}Z`;
  const fill = stoneFills(c, stone)[0] as string;
  const clip = c.clip(`<path d="${outline(0.86)}"/>`);
  return (
    shadow(c, x + size * 0.25, cy + size * 0.45, size * 1.1, size * 1.05, 0.35) +
    `<ellipse cx="${n(x)}" cy="${n(y - 4)}" rx="${n(size * 0.16)}" ry="${n(size * 0.3)}" fill="none" stroke="${metal}" stroke-width="${n(size * 0.09)}"/>` +
    `<path d="${outline(1)}" fill="${metal}"/>` +
    `<path d="${outline(0.86)}" fill="${fill}"/>` +
    `<g clip-path="${clip}">${veins(rng, x, cy, size, stone, 3)}</g>` +
    `<ellipse cx="${n(x - size * 0.28)}" cy="${n(cy - size * 0.3)}" rx="${n(size * 0.18)}" ry="${n(size * 0.36)}" transform="rotate(25 ${n(x - size * 0.28)} ${n(cy - size * 0.3)})" fill="rgba(255,255,255,0.55)"/>`
  );
}
