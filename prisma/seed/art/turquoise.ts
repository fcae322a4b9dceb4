import { clothCorner, flatlay, SURFACES, sprig } from "./scene";
import { bead, beadShadow, drop, metalFill, type Stone, stoneFills, veins } from "./stone";
import { blob, type Canvas, hsl, n, shadow, smoothPath, tone } from "./svg";

// Along the edges of the frame, so the sprig never lies across the piece.
const SPRIG_SPOTS = [
  [40, 765, -15],
  [590, 780, -10],
  [765, 40, 165],
  [40, 40, 15],
] as const;

/** The surface and a prop or two; `bottomOnly` keeps the sprig clear of a necklace's strands. */
function studio(c: Canvas, bottomOnly = false) {
  const rng = c.rng;
  const surface = rng.pick(SURFACES);
  let props = "";
  const corner = rng.int(0, 3) as 0 | 1 | 2 | 3;
  if (rng.chance(0.55)) props += clothCorner(c, corner, { h: rng.pick([30, 200, 15, 90]), s: 20, l: 80 });
  if (rng.chance(0.6)) {
    const spot = rng.pick(bottomOnly ? SPRIG_SPOTS.slice(0, 2) : SPRIG_SPOTS);
    props += sprig(c, spot[0], spot[1], spot[2], rng.float(0.65, 0.8));
  }
  return flatlay(c, surface) + props;
}

export type BraceletStyle = "plain" | "agate" | "spacers";
export type PieceOptions = {
  stone: Stone;
  detail?: boolean;
  beads?: number;
  style?: BraceletStyle;
  gold?: boolean;
  subject?: "gourd" | "peach";
};

export function bracelet(c: Canvas, { stone, detail, beads, style = "plain", gold = false }: PieceOptions) {
  const rng = c.rng;
  const count = beads ?? rng.int(14, 20);
  const spacers = style === "spacers";
  const accent = style === "agate";
  const ringR = rng.float(195, 225);
  const r = ringR * Math.sin(Math.PI / count) * (spacers ? 0.86 : 1.02);
  const fills = stoneFills(c, stone);
  const accentFill = c.radial(
    [
      [0, hsl(8, 70, 62)],
      [0.6, hsl(5, 72, 42)],
      [1, hsl(2, 70, 28)],
    ],
    { cx: 0.4, cy: 0.36, r: 0.66 },
  );
  const cx = 400 + rng.float(-15, 15);
  const cy = 400 + rng.float(-15, 15);
  const turn = rng.float(0, Math.PI);
  const points = Array.from({ length: count }, (_, i) => {
    const a = turn + (i / count) * Math.PI * 2;
    return [cx + Math.cos(a) * ringR, cy + Math.sin(a) * ringR, a] as const;
  });
  let shadows = "";
  let stones = "";
  let metal = "";
  const metalPaint = metalFill(c, gold);
  points.forEach(([x, y], i) => {
    shadows += beadShadow(c, x, y, r);
    const isAccent = accent && i === 0;
    stones += isAccent
      ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 1.05)}" fill="${accentFill}"/><ellipse cx="${n(x - r * 0.35)}" cy="${n(y - r * 0.4)}" rx="${n(r * 0.25)}" ry="${n(r * 0.14)}" fill="rgba(255,255,255,0.6)" transform="rotate(-38 ${n(x - r * 0.35)} ${n(y - r * 0.4)})"/>`
      : bead(c, x, y, r, stone, rng.pick(fills));
    if (spacers) {
      const a = turn + ((i + 0.5) / count) * Math.PI * 2;
      const sx = cx + Math.cos(a) * ringR;
      const sy = cy + Math.sin(a) * ringR;
      const deg = (a * 180) / Math.PI;
      metal += `<rect x="${n(sx - r * 0.17)}" y="${n(sy - r * 0.62)}" width="${n(r * 0.34)}" height="${n(r * 1.24)}" rx="${n(r * 0.12)}" fill="${metalPaint}" stroke="rgba(80,60,30,0.35)" stroke-width="1" transform="rotate(${n(deg)} ${n(sx)} ${n(sy)})"/>`;
    }
  });
  const cord = `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(ringR)}" fill="none" stroke="rgba(90,70,50,0.5)" stroke-width="2"/>`;
  const body = `${shadows}${cord}${metal}${stones}`;
  const placed = detail
    ? `<g transform="translate(${n(-cx * 1.7 + 470)} ${n(-cy * 1.7 + 520)}) scale(1.7)">${body}</g>`
    : body;
  return c.svg(studio(c) + placed);
}

export function necklace(c: Canvas, { stone, detail, gold = false }: PieceOptions) {
  const rng = c.rng;
  const fills = stoneFills(c, stone);
  const r = rng.float(17, 22);
  const a = rng.float(240, 275);
  const b = rng.float(430, 480);
  const top = rng.float(40, 80);
  // Sample the hanging curve densely, then drop beads every bead-width along it.
  const curve: [number, number][] = [];
  for (let i = 0; i <= 400; i++) {
    const t = -Math.PI / 2 - 0.25 + (i / 400) * (Math.PI + 0.5);
    curve.push([400 + Math.sin(t) * a, top - 120 + Math.cos(t) * b]);
  }
  const spots: [number, number][] = [];
  let travelled = 0;
  let next = 0;
  for (let i = 1; i < curve.length; i++) {
    const p = curve[i] as [number, number];
    const q = curve[i - 1] as [number, number];
    travelled += Math.hypot(p[0] - q[0], p[1] - q[1]);
    if (travelled >= next) {
      spots.push(p);
      next += r * 2.05;
    }
  }
  const bottom = spots.reduce((low, p) => (p[1] > low[1] ? p : low), [400, 0] as [number, number]);
  let out = "";
  for (const [x, y] of spots) out += beadShadow(c, x, y, r);
  for (const [x, y] of spots) out += bead(c, x, y, r, stone, rng.pick(fills));
  out += drop(c, bottom[0], bottom[1] + r + 6, rng.float(58, 72), stone, gold);
  const body = detail ? `<g transform="translate(-330 -520) scale(1.9)">${out}</g>` : out;
  return c.svg(studio(c, true) + body);
}

export function pendant(c: Canvas, { stone, detail, gold = false }: PieceOptions) {
  const rng = c.rng;
  const red = rng.chance(0.5);
  const cordColor = red ? hsl(355, 65, 42) : hsl(25, 40, 24);
  const size = detail ? 170 : rng.float(100, 120);
  const x = 400;
  const y = detail ? 150 : 300;
  const spread = detail ? 200 : 230;
  const cord =
    `<path d="M${n(x - spread)},-20 Q${n(x - 30)},${n(y - 80)} ${n(x)},${n(y - 8)} Q${n(x + 30)},${n(y - 80)} ${n(x + spread)},-20" fill="none" stroke="rgba(40,30,20,0.18)" stroke-width="9" transform="translate(8 10)"/>` +
    `<path d="M${n(x - spread)},-20 Q${n(x - 30)},${n(y - 80)} ${n(x)},${n(y - 8)} Q${n(x + 30)},${n(y - 80)} ${n(x + spread)},-20" fill="none" stroke="${cordColor}" stroke-width="7"/>`;
  return c.svg(studio(c, true) + cord + drop(c, x, y, size, stone, gold));
}

export function ring(c: Canvas, { stone, detail, gold = false }: PieceOptions) {
  const rng = c.rng;
  const metal = metalFill(c, gold);
  const k = detail ? 1.65 : 1.2;
  const cx = 400;
  const cy = detail ? 500 : 450;
  const bandR = 120 * k;
  const stoneRx = rng.float(78, 96) * k;
  const stoneRy = stoneRx * rng.float(0.62, 0.78);
  const top = cy - bandR;
  const fill = stoneFills(c, stone)[0] as string;
  const clip = c.clip(`<ellipse cx="${cx}" cy="${n(top)}" rx="${n(stoneRx)}" ry="${n(stoneRy)}"/>`);
  return c.svg(
    studio(c) +
      shadow(c, cx + 30, cy + bandR * 0.95, bandR * 1.25, bandR * 0.3, 0.35) +
      `<ellipse cx="${cx}" cy="${n(cy)}" rx="${n(bandR)}" ry="${n(bandR)}" fill="none" stroke="${metal}" stroke-width="${n(24 * k)}"/>` +
      `<ellipse cx="${cx}" cy="${n(cy)}" rx="${n(bandR - 10 * k)}" ry="${n(bandR - 10 * k)}" fill="none" stroke="rgba(255,255,255,0.35)" stroke-width="${n(3 * k)}"/>` +
      `<ellipse cx="${cx}" cy="${n(top + 8 * k)}" rx="${n(stoneRx + 16 * k)}" ry="${n(stoneRy + 14 * k)}" fill="${metal}"/>` +
      ornament(cx, top, stoneRx + 16 * k, stoneRy + 14 * k, rng.int(14, 22), gold) +
      `<ellipse cx="${cx}" cy="${n(top)}" rx="${n(stoneRx)}" ry="${n(stoneRy)}" fill="${fill}"/>` +
      `<g clip-path="${clip}">${veins(rng, cx, top, stoneRx, stone, 3)}</g>` +
      `<ellipse cx="${n(cx - stoneRx * 0.35)}" cy="${n(top - stoneRy * 0.35)}" rx="${n(stoneRx * 0.3)}" ry="${n(stoneRy * 0.16)}" transform="rotate(-20 ${n(cx - stoneRx * 0.35)} ${n(top - stoneRy * 0.35)})" fill="rgba(255,255,255,0.6)"/>`,
  );
}

/** Little granules around a bezel, the way Miao-style silverwork frames a stone. */
function ornament(cx: number, cy: number, rx: number, ry: number, count: number, gold: boolean) {
  let out = "";
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    out += `<circle cx="${n(cx + Math.cos(a) * rx * 0.93)}" cy="${n(cy + Math.sin(a) * ry * 0.9)}" r="5" fill="${gold ? hsl(45, 75, 80) : hsl(210, 10, 96)}" fill-opacity="0.9"/>`;
  }
  return out;
}

export function carving(c: Canvas, { stone, detail, subject = "gourd" }: PieceOptions) {
  const rng = c.rng;
  const k = detail ? 1.3 : 1;
  const cx = 400;
  const base = detail ? 760 : 640;
  const fill = c.radial(
    [
      [0, tone(stone.body, 20, -8)],
      [0.5, tone(stone.body, 4)],
      [1, tone(stone.body, -18, 4)],
    ],
    { cx: 0.38, cy: 0.35, r: 0.7 },
  );
  const peach = subject === "peach";
  let shape: string;
  let outline: string;
  let topY: number;
  if (peach) {
    const r = 165 * k;
    const cy = base - r * 1.05;
    outline = `M${cx},${n(cy + r)} C${n(cx - r * 1.25)},${n(cy + r * 0.2)} ${n(cx - r * 0.9)},${n(cy - r * 0.95)} ${n(cx)},${n(cy - r * 0.7)} C${n(cx + r * 0.2)},${n(cy - r * 1.05)} ${n(cx + r * 0.5)},${n(cy - r * 1.15)} ${n(cx + r * 0.35)},${n(cy - r * 1.25)} C${n(cx + r * 1.1)},${n(cy - r * 0.9)} ${n(cx + r * 1.25)},${n(cy + r * 0.2)} ${cx},${n(cy + r)}Z`;
    shape = `<path d="${outline}" fill="${fill}"/><path d="M${cx},${n(cy - r * 0.7)} Q${n(cx + r * 0.15)},${n(cy + r * 0.2)} ${cx},${n(cy + r * 0.95)}" stroke="${tone(stone.body, -22)}" stroke-width="${n(5 * k)}" fill="none" stroke-opacity="0.6"/>`;
    topY = cy - r * 1.2;
  } else {
    const small = 92 * k;
    const big = 150 * k;
    const bigY = base - big - 10;
    const smallY = bigY - big * 0.78 - small * 1.05;
    const right: [number, number][] = [
      [0.62 * small, smallY - 0.78 * small],
      [small, smallY],
      [0.72 * small, smallY + 0.66 * small],
      [0.4 * small, smallY + small * 1.02],
      [0.62 * big, bigY - 0.8 * big],
      [big, bigY - 0.05 * big],
      [0.82 * big, bigY + 0.6 * big],
      [0.4 * big, bigY + 0.94 * big],
    ];
    const outlinePts: [number, number][] = [
      [cx, smallY - small],
      ...right.map(([dx, y]) => [cx + dx, y] as [number, number]),
      [cx, bigY + big],
      ...right.reverse().map(([dx, y]) => [cx - dx, y] as [number, number]),
    ];
    outline = smoothPath(outlinePts);
    shape = `<path d="${outline}" fill="${fill}"/><path d="M${n(cx - small * 0.42)},${n(smallY + small * 1.0)} Q${cx},${n(smallY + small * 1.16)} ${n(cx + small * 0.42)},${n(smallY + small * 1.0)}" stroke="${tone(stone.body, -24)}" stroke-width="${n(5 * k)}" fill="none" stroke-opacity="0.6"/>`;
    topY = smallY - small;
  }
  const leafFill = tone(stone.body, -12, -5, -12);
  const leaf =
    `<path d="M${cx},${n(topY + 16)} q-8,-40 10,-62" stroke="${tone(stone.body, -30)}" stroke-width="${n(10 * k)}" fill="none" stroke-linecap="round"/>` +
    `<path d="M${n(cx + 6)},${n(topY + 4)} C${n(cx - 70 * k)},${n(topY - 40 * k)} ${n(cx - 130 * k)},${n(topY + 40 * k)} ${n(cx - 150 * k)},${n(topY + 110 * k)} C${n(cx - 80 * k)},${n(topY + 90 * k)} ${n(cx - 20 * k)},${n(topY + 60 * k)} ${n(cx + 6)},${n(topY + 4)}Z" fill="${leafFill}"/>` +
    `<path d="M${n(cx + 2)},${n(topY + 8)} Q${n(cx - 70 * k)},${n(topY + 40 * k)} ${n(cx - 140 * k)},${n(topY + 104 * k)}" stroke="${tone(stone.body, -34)}" stroke-width="3" fill="none" stroke-opacity="0.6"/>`;
  const clip = c.clip(`<path d="${outline}"/>`);
  const stand = `<path d="M${n(cx - 190 * k)},${n(base + 4)} h${n(380 * k)} l-24,${n(42 * k)} h${n(-332 * k)}Z" fill="${hsl(18, 40, 22)}"/><rect x="${n(cx - 200 * k)}" y="${n(base - 12)}" width="${n(400 * k)}" height="20" rx="8" fill="${hsl(18, 38, 30)}"/>`;
  const highlight = `<ellipse cx="${n(cx - 60 * k)}" cy="${n(base - 220 * k)}" rx="${n(26 * k)}" ry="${n(60 * k)}" transform="rotate(20 ${n(cx - 60 * k)} ${n(base - 220 * k)})" fill="rgba(255,255,255,0.35)"/>`;
  return c.svg(
    studio(c) +
      shadow(c, cx + 20, base + 40, 260 * k, 40 * k, 0.35) +
      stand +
      shape +
      `<g clip-path="${clip}">${veins(rng, cx, base - 220 * k, 240 * k, stone, 6)}</g>` +
      leaf +
      highlight,
  );
}

export function rawStone(c: Canvas, { stone, detail }: PieceOptions) {
  const rng = c.rng;
  const pieces = detail ? 1 : rng.int(1, 3);
  const spots: [number, number, number][] =
    pieces === 1
      ? [[400, 420, detail ? 300 : 230]]
      : pieces === 2
        ? [
            [320, 380, 190],
            [560, 560, 120],
          ]
        : [
            [330, 350, 170],
            [560, 520, 120],
            [300, 610, 90],
          ];
  let out = "";
  for (const [x, y, size] of spots)
    out += shadow(c, x + size * 0.15, y + size * 0.55, size * 1.15, size * 0.7, 0.3);
  for (const [x, y, size] of spots) out += nugget(c, x, y, size, stone);
  return c.svg(studio(c) + out);
}

/** A rough stone: faceted outline, host rock showing at the edges, a web of matrix. */
function nugget(c: Canvas, cx: number, cy: number, size: number, stone: Stone) {
  const rng = c.rng;
  const count = rng.int(8, 11);
  const pts: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 + rng.float(-0.15, 0.15);
    const k = rng.float(0.72, 1.05);
    pts.push([cx + Math.cos(a) * size * k, cy + Math.sin(a) * size * k * 0.82]);
  }
  const outline = `M${pts.map(([x, y]) => `${n(x)},${n(y)}`).join(" L")}Z`;
  const clip = c.clip(`<path d="${outline}"/>`);
  let facets = "";
  const centre: [number, number] = [cx + rng.float(-0.2, 0.2) * size, cy + rng.float(-0.25, 0) * size];
  pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length] as [number, number];
    const lightness = Math.cos(Math.atan2((p[1] + q[1]) / 2 - cy, (p[0] + q[0]) / 2 - cx) + 2.2) * 10;
    facets += `<path d="M${n(centre[0])},${n(centre[1])} L${n(p[0])},${n(p[1])} L${n(q[0])},${n(q[1])}Z" fill="${tone(stone.body, lightness + rng.float(-3, 3))}" fill-opacity="0.85"/>`;
  });
  const host = `<path d="${blob(rng, cx + size * 0.55, cy + size * 0.45, size * 0.55, size * 0.4, 0.3)}" fill="${hsl(35, 12, 62)}" fill-opacity="0.85"/>`;
  return (
    `<path d="${outline}" fill="${tone(stone.body, -4)}"/>` +
    `<g clip-path="${clip}">${facets}${host}${veins(rng, cx, cy, size, stone, 9)}</g>` +
    `<path d="${outline}" fill="none" stroke="${tone(stone.body, -25)}" stroke-width="2" stroke-opacity="0.5"/>` +
    `<ellipse cx="${n(cx - size * 0.3)}" cy="${n(cy - size * 0.35)}" rx="${n(size * 0.18)}" ry="${n(size * 0.08)}" transform="rotate(-30 ${n(cx - size * 0.3)} ${n(cy - size * 0.35)})" fill="rgba(255,255,255,0.35)"/>`
  );
}
