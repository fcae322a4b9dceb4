// Tea: a cup seen from above with dry leaves and a fresh sprig, or a tin on the table.
import { flatlay, SURFACES, tabletop, WALLS } from "./scene";
import { type Canvas, type Hsl, hsl, n, shadow, tone } from "./svg";

export type TeaKind = "green" | "black" | "white" | "dark";

const LIQUOR: Record<TeaKind, Hsl> = {
  green: { h: 68, s: 55, l: 62 },
  black: { h: 18, s: 72, l: 38 },
  white: { h: 48, s: 60, l: 72 },
  dark: { h: 12, s: 60, l: 26 },
};
const DRY_LEAF: Record<TeaKind, Hsl> = {
  green: { h: 95, s: 40, l: 30 },
  black: { h: 20, s: 35, l: 18 },
  white: { h: 90, s: 12, l: 68 },
  dark: { h: 15, s: 30, l: 20 },
};

/** A leaf pointing up from (0,0), to be placed with a transform. */
export function leafPath(length: number, width: number) {
  return `M0,0 C${n(width)},${n(-length * 0.25)} ${n(width * 0.8)},${n(-length * 0.75)} 0,${n(-length)} C${n(-width * 0.8)},${n(-length * 0.75)} ${n(-width)},${n(-length * 0.25)} 0,0Z`;
}

/** Fresh tea shoot: "one bud, two leaves", the picking standard of spring tea. */
export function teaSprig(x: number, y: number, angle: number, scale: number) {
  const green = { h: 95, s: 55, l: 42 };
  const leaf = (len: number, w: number, rot: number, ox: number, oy: number, dl: number) =>
    `<g transform="translate(${n(ox)} ${n(oy)}) rotate(${n(rot)})"><path d="${leafPath(len, w)}" fill="${tone(green, dl)}"/><path d="M0,0 L0,${n(-len * 0.92)}" stroke="${tone(green, 18)}" stroke-width="2.5" stroke-opacity="0.8"/></g>`;
  return (
    `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)}) scale(${n(scale)})">` +
    `<path d="M0,0 Q6,-60 0,-150" stroke="${hsl(90, 35, 35)}" stroke-width="6" fill="none"/>` +
    leaf(120, 38, -58, 2, -40, -4) +
    leaf(110, 34, 55, 3, -85, 2) +
    leaf(70, 14, 4, 0, -148, 14) +
    "</g>"
  );
}

function dryLeaves(c: Canvas, kind: TeaKind, cx: number, cy: number, radius: number, count: number) {
  const rng = c.rng;
  const colour = DRY_LEAF[kind];
  let out = shadow(c, cx + 10, cy + 14, radius * 1.1, radius * 0.8, 0.2);
  for (let i = 0; i < count; i++) {
    const a = rng.float(0, Math.PI * 2);
    const d = Math.sqrt(rng.next()) * radius;
    const x = cx + Math.cos(a) * d;
    const y = cy + Math.sin(a) * d * 0.8;
    const len = kind === "white" ? rng.float(34, 52) : rng.float(30, 48);
    const w = kind === "white" ? rng.float(7, 11) : rng.float(3, 6);
    const fill = tone(colour, rng.float(-6, 10));
    out += `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(rng.float(0, 360))})"><path d="${leafPath(len, w)}" fill="${fill}"/>`;
    if (kind === "white") out += `<path d="${leafPath(len * 0.9, w * 0.4)}" fill="rgba(255,255,255,0.55)"/>`;
    if (kind === "black" && rng.chance(0.3))
      out += `<path d="${leafPath(len * 0.4, w * 0.8)}" fill="${hsl(38, 70, 52)}"/>`;
    out += "</g>";
  }
  return out;
}

export function teaCup(c: Canvas, kind: TeaKind) {
  const rng = c.rng;
  const liquor = LIQUOR[kind];
  const cx = 430 + rng.float(-20, 20);
  const cy = 380 + rng.float(-20, 20);
  const porcelain = rng.pick([
    { h: 40, s: 20, l: 96 },
    { h: 190, s: 20, l: 93 },
    { h: 30, s: 25, l: 90 },
  ]);
  const saucer = c.radial([
    [0, tone(porcelain, 2)],
    [0.8, tone(porcelain, -2)],
    [0.92, tone(porcelain, -10)],
    [1, tone(porcelain, -4)],
  ]);
  const cupWall = c.radial([
    [0.7, tone(porcelain, -14)],
    [0.88, tone(porcelain, -3)],
    [1, tone(porcelain, 2)],
  ]);
  const tea = c.radial(
    [
      [0, tone(liquor, 12, -5)],
      [0.7, tone(liquor, 0)],
      [1, tone(liquor, -12, 5)],
    ],
    { cx: 0.45, cy: 0.42, r: 0.6 },
  );
  const floating = Array.from({ length: kind === "green" || kind === "white" ? rng.int(2, 4) : 0 }, () => {
    const a = rng.float(0, Math.PI * 2);
    const d = rng.float(20, 90);
    return `<g transform="translate(${n(cx + Math.cos(a) * d)} ${n(cy + Math.sin(a) * d)}) rotate(${n(rng.float(0, 360))})"><path d="${leafPath(rng.float(40, 56), 12)}" fill="${hsl(85, 50, 40)}" fill-opacity="0.85"/></g>`;
  }).join("");
  const band =
    rng.chance(0.5) &&
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="168" fill="none" stroke="${hsl(rng.pick([210, 0, 160]), 45, 45)}" stroke-width="3" stroke-opacity="0.7"/>`;
  const leafSpot = rng.chance(0.5) ? [160, 650] : [170, 180];
  const sprigSpot = leafSpot[1] === 650 ? [690, 720, -30] : [680, 740, -20];
  return c.svg(
    flatlay(c, rng.pick(SURFACES)) +
      bambooMat(rng.chance(0.5)) +
      dryLeaves(c, kind, leafSpot[0] as number, leafSpot[1] as number, 105, 34) +
      shadow(c, cx + 26, cy + 30, 270, 260, 0.3) +
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="240" fill="${saucer}"/>` +
      shadow(c, cx + 14, cy + 18, 190, 188, 0.28) +
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="176" fill="${cupWall}"/>` +
      (band || "") +
      `<circle cx="${n(cx)}" cy="${n(cy)}" r="146" fill="${tea}"/>` +
      floating +
      `<ellipse cx="${n(cx - 50)}" cy="${n(cy - 60)}" rx="60" ry="22" transform="rotate(-30 ${n(cx - 50)} ${n(cy - 60)})" fill="rgba(255,255,255,0.28)"/>` +
      teaSprig(sprigSpot[0] as number, sprigSpot[1] as number, sprigSpot[2] as number, 0.95),
  );
}

function bambooMat(show: boolean) {
  if (!show) return "";
  const slats = Array.from({ length: 26 }, (_, i) => {
    const y = 60 + i * 26;
    return `<rect x="70" y="${y}" width="660" height="22" rx="11" fill="${hsl(42, 45, 70 + (i % 3) * 2)}"/>`;
  }).join("");
  return `<g><rect x="80" y="74" width="660" height="680" rx="8" fill="rgba(60,40,20,0.12)"/>${slats}<path d="M120,60 V738 M680,60 V738" stroke="${hsl(30, 30, 40)}" stroke-width="3" stroke-opacity="0.5"/></g>`;
}

export function teaTin(c: Canvas, kind: TeaKind) {
  const rng = c.rng;
  const body = rng.pick([
    { h: 150, s: 40, l: 28 },
    { h: 355, s: 55, l: 38 },
    { h: 215, s: 40, l: 30 },
    { h: 40, s: 35, l: 82 },
  ]);
  const x = 250;
  const w = 260;
  const top = 230;
  const bottom = 620;
  const metal = c.linear(
    [
      [0, tone(body, -14)],
      [0.25, tone(body, 8)],
      [0.45, tone(body, 2)],
      [1, tone(body, -18)],
    ],
    0,
    0,
    1,
    0,
  );
  const lid = c.linear(
    [
      [0, hsl(40, 40, 60)],
      [0.3, hsl(45, 60, 80)],
      [1, hsl(35, 45, 42)],
    ],
    0,
    0,
    1,
    0,
  );
  const labelColour = body.l > 60 ? { h: 150, s: 35, l: 30 } : { h: 42, s: 45, l: 88 };
  const emblem = `<g transform="translate(${x + w / 2} ${top + 230})"><circle r="58" fill="none" stroke="${tone(body, body.l > 60 ? -40 : 0)}" stroke-width="3"/><g transform="translate(0 40)">${`<path d="${leafPath(78, 26)}" fill="${hsl(100, 45, 40)}" transform="rotate(-25)"/><path d="${leafPath(70, 24)}" fill="${hsl(95, 50, 48)}" transform="rotate(22)"/>`}</g></g>`;
  const seal = `<rect x="${x + w / 2 + 46}" y="${top + 312}" width="26" height="26" rx="3" fill="${hsl(355, 70, 45)}"/>`;
  return c.svg(
    tabletop(c, rng.pick(WALLS), { h: 30, s: 30, l: 70 }, 600) +
      shadow(c, x + w / 2 + 40, bottom + 6, w * 0.8, 34, 0.35) +
      `<rect x="${x}" y="${top}" width="${w}" height="${bottom - top}" rx="10" fill="${metal}"/>` +
      `<rect x="${x}" y="${top + 130}" width="${w}" height="200" fill="${labelColour.l > 60 ? hsl(42, 45, 88) : hsl(150, 35, 30)}" fill-opacity="0.95"/>` +
      emblem +
      seal +
      `<ellipse cx="${x + w / 2}" cy="${bottom}" rx="${w / 2}" ry="18" fill="${tone(body, -20)}"/>` +
      `<rect x="${x - 6}" y="${top - 60}" width="${w + 12}" height="70" rx="8" fill="${lid}"/>` +
      `<ellipse cx="${x + w / 2}" cy="${top - 60}" rx="${w / 2 + 6}" ry="20" fill="${hsl(45, 55, 76)}"/>` +
      `<rect x="${x + 34}" y="${top + 20}" width="22" height="${bottom - top - 40}" rx="11" fill="rgba(255,255,255,0.18)"/>` +
      dryLeaves(c, kind, 620, 650, 90, 30) +
      teaSprig(120, 700, -15, 0.9),
  );
}
