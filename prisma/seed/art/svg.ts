// Small helpers for composing the demo product pictures as SVG text.
import type { Random } from "../random";

export const SIZE = 800;

/** Rounds coordinates so the SVG text (and the render) stays small. */
export const n = (value: number) => String(Math.round(value * 10) / 10);

export function hsl(h: number, s: number, l: number, a = 1) {
  const hue = ((h % 360) + 360) % 360;
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return a === 1
    ? `hsl(${n(hue)},${n(clamp(s))}%,${n(clamp(l))}%)`
    : `hsla(${n(hue)},${n(clamp(s))}%,${n(clamp(l))}%,${a})`;
}

export type Hsl = { h: number; s: number; l: number };
export const tone = (c: Hsl, dl = 0, ds = 0, dh = 0, a = 1) => hsl(c.h + dh, c.s + ds, c.l + dl, a);

/** Collects <defs> (gradients, clip paths) with ids unique within one picture. */
export class Canvas {
  private defs: string[] = [];
  private counter = 0;
  private shadows = new Map<number, string>();
  constructor(readonly rng: Random) {}

  uid(prefix: string) {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  def(markup: string) {
    this.defs.push(markup);
  }

  radial(
    stops: [number, string][],
    opts: { cx?: number; cy?: number; r?: number; fx?: number; fy?: number } = {},
  ) {
    const id = this.uid("r");
    const { cx = 0.5, cy = 0.5, r = 0.5, fx = cx, fy = cy } = opts;
    this.def(
      `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}" fx="${fx}" fy="${fy}">${stopList(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  linear(stops: [number, string][], x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
    const id = this.uid("l");
    this.def(
      `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopList(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** One shared gradient per shadow strength: it is relative to each shape's own box. */
  shadowFill(strength: number) {
    let fill = this.shadows.get(strength);
    if (!fill) {
      fill = this.radial([
        [0, `rgba(40,30,20,${strength})`],
        [0.6, `rgba(40,30,20,${n(strength * 0.45)})`],
        [1, "rgba(40,30,20,0)"],
      ]);
      this.shadows.set(strength, fill);
    }
    return fill;
  }

  clip(shape: string) {
    const id = this.uid("c");
    this.def(`<clipPath id="${id}">${shape}</clipPath>`);
    return `url(#${id})`;
  }

  svg(body: string, size = SIZE) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${SIZE} ${SIZE}"><defs>${this.defs.join("")}</defs>${body}</svg>`;
  }
}

function stopList(stops: [number, string][]) {
  return stops.map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join("");
}

/** A closed smooth path through points (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points: [number, number][], closed = true) {
  const count = points.length;
  if (count < 2) return "";
  const at = (i: number) =>
    points[closed ? (i + count) % count : Math.max(0, Math.min(count - 1, i))] as [number, number];
  let d = `M${n(at(0)[0])},${n(at(0)[1])}`;
  const segments = closed ? count : count - 1;
  for (let i = 0; i < segments; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${n(c1x)},${n(c1y)} ${n(c2x)},${n(c2y)} ${n(p2[0])},${n(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

/** A wobbly blob around (cx, cy): organic outlines for stones, caps and slabs. */
export function blob(
  rng: Random,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  wobble: number,
  points = 9,
) {
  const pts: [number, number][] = [];
  const turn = rng.float(0, Math.PI * 2);
  for (let i = 0; i < points; i++) {
    const a = turn + (i / points) * Math.PI * 2;
    const k = 1 + rng.float(-wobble, wobble);
    pts.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  return smoothPath(pts);
}

/** A soft contact shadow drawn with a radial gradient (much cheaper to render than a blur filter). */
export function shadow(c: Canvas, cx: number, cy: number, rx: number, ry: number, strength = 0.22) {
  const fill = c.shadowFill(strength);
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"/>`;
}
