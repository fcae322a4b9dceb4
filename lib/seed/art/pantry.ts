// Cured pork, fresh pork belly, dried shiitake, wood ear and honey: the farm pantry.

import { flatlay, SURFACES, tabletop, WALLS, woodBoard } from "./scene";
import { blob, type Canvas, type Hsl, hsl, n, shadow, smoothPath, tone } from "./svg";
import { leafPath } from "./tea";

export type PorkKind = "cured" | "fresh" | "sausage";

/** Layer colours of a slice of pork belly, rind first: fat and lean alternate, as in 五花肉. */
const LAYERS: Record<"cured" | "fresh", string[]> = {
  cured: [hsl(18, 55, 20), hsl(33, 60, 55), hsl(6, 58, 30), hsl(32, 58, 52), hsl(4, 55, 26)],
  fresh: [hsl(35, 45, 80), hsl(25, 45, 95), hsl(355, 58, 60), hsl(18, 45, 93), hsl(352, 55, 55)],
};
const LAYER_SHARE = [0.1, 0.26, 0.22, 0.16, 0.26];

/** Wavy bands of fat and lean filling the box (x, y, w, h), rind on top. */
function layers(c: Canvas, kind: "cured" | "fresh", x: number, y: number, w: number, h: number) {
  const phase = c.rng.float(0, 6);
  const colours = LAYERS[kind];
  let out = `<rect x="${n(x - 10)}" y="${n(y - 10)}" width="${n(w + 20)}" height="${n(h + 20)}" fill="${colours[colours.length - 1]}"/>`;
  let top = y - 10;
  colours.forEach((colour, i) => {
    if (i === colours.length - 1) return;
    const bottom = y + h * LAYER_SHARE.slice(0, i + 1).reduce((a, b) => a + b, 0);
    const edge: [number, number][] = [];
    for (let s = 0; s <= 6; s++)
      edge.push([x + w + 10 - ((w + 20) * s) / 6, bottom + Math.sin(phase + s * 1.4 + i) * h * 0.035]);
    out += `<path d="M${n(x - 10)},${n(top)} L${n(x + w + 10)},${n(top)} L${n(edge[0]?.[0] ?? 0)},${n(edge[0]?.[1] ?? 0)} ${smoothPath(edge, false).replace(/^M[^C]*/, "")} Z" fill="${colour}"/>`;
    top = bottom;
  });
  return out;
}

/** One thin slice lying flat, its layers running along its length. */
function slice(
  c: Canvas,
  kind: "cured" | "fresh",
  x: number,
  y: number,
  w: number,
  h: number,
  angle: number,
) {
  const outline = `M${n(x - w / 2 + 12)},${n(y - h / 2)} Q${n(x)},${n(y - h / 2 - 8)} ${n(x + w / 2 - 10)},${n(y - h / 2 + 2)} Q${n(x + w / 2 + 4)},${n(y)} ${n(x + w / 2 - 8)},${n(y + h / 2)} Q${n(x)},${n(y + h / 2 + 6)} ${n(x - w / 2 + 10)},${n(y + h / 2 - 2)} Q${n(x - w / 2 - 4)},${n(y)} ${n(x - w / 2 + 12)},${n(y - h / 2)}Z`;
  const clip = c.clip(`<path d="${outline}"/>`);
  const gloss = kind === "cured" ? `<path d="${outline}" fill="rgba(255,230,190,0.12)"/>` : "";
  return (
    `<g transform="rotate(${n(angle)} ${n(x)} ${n(y)})">` +
    shadow(c, x + 6, y + 12, w * 0.58, h * 0.7, 0.35) +
    `<g clip-path="${clip}">${layers(c, kind, x - w / 2, y - h / 2, w, h)}</g>${gloss}` +
    `<path d="${outline}" fill="none" stroke="rgba(60,20,10,0.3)" stroke-width="2"/></g>`
  );
}

/** A whole piece seen from the front and a little above: top surface, and the cut face below it. */
function block(
  c: Canvas,
  kind: "cured" | "fresh",
  x: number,
  y: number,
  w: number,
  h: number,
  depth: number,
) {
  const topFill =
    kind === "cured"
      ? c.linear(
          [
            [0, hsl(14, 60, 20)],
            [0.5, hsl(20, 62, 32)],
            [1, hsl(16, 60, 24)],
          ],
          0,
          0,
          1,
          1,
        )
      : c.linear(
          [
            [0, hsl(32, 50, 86)],
            [1, hsl(28, 45, 78)],
          ],
          0,
          0,
          1,
          1,
        );
  const top = `M${n(x + 10)},${n(y)} Q${n(x + w / 2)},${n(y + 6)} ${n(x + w - 8)},${n(y)} L${n(x + w + depth * 0.3)},${n(y - depth)} Q${n(x + w / 2 + depth * 0.3)},${n(y - depth - 8)} ${n(x + depth * 0.3 + 14)},${n(y - depth)}Z`;
  const face = `M${n(x + 10)},${n(y)} Q${n(x + w / 2)},${n(y + 6)} ${n(x + w - 8)},${n(y)} Q${n(x + w + 4)},${n(y + h / 2)} ${n(x + w - 6)},${n(y + h)} Q${n(x + w / 2)},${n(y + h + 8)} ${n(x + 6)},${n(y + h)} Q${n(x - 6)},${n(y + h / 2)} ${n(x + 10)},${n(y)}Z`;
  const clip = c.clip(`<path d="${face}"/>`);
  const loop =
    kind === "cured"
      ? `<path d="M${n(x + 40)},${n(y - depth * 0.55)} C${n(x - 40)},${n(y - depth - 90)} ${n(x + 90)},${n(y - depth - 120)} ${n(x + 70)},${n(y - depth * 0.5)}" stroke="${hsl(40, 40, 68)}" stroke-width="6" fill="none"/>`
      : "";
  return (
    shadow(c, x + w / 2 + 20, y + h + 6, w * 0.62, 40, 0.45) +
    `<path d="${top}" fill="${topFill}"/>${kind === "cured" ? `<path d="${top}" fill="rgba(255,220,170,0.12)"/>` : ""}` +
    `<g clip-path="${clip}">${layers(c, kind, x, y, w, h)}</g>` +
    `<path d="${face}" fill="none" stroke="rgba(60,20,10,0.25)" stroke-width="2"/>` +
    loop
  );
}

function chilli(x: number, y: number, angle: number) {
  return `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})"><path d="M0,0 C14,-10 60,-8 92,18 C60,4 20,10 0,10Z" fill="${hsl(2, 75, 42)}"/><path d="M-2,2 l-14,-8" stroke="${hsl(100, 40, 35)}" stroke-width="5" stroke-linecap="round"/></g>`;
}

export function pork(c: Canvas, kind: PorkKind) {
  const rng = c.rng;
  const board = woodBoard(c, 70, 150, 660, 520, rng.float(26, 34));
  let food = "";
  if (kind === "sausage") {
    for (let i = 0; i < 4; i++) {
      const y = 260 + i * 95;
      const fill = c.linear(
        [
          [0, hsl(5, 55, 42)],
          [0.5, hsl(2, 60, 30)],
          [1, hsl(0, 55, 20)],
        ],
        0,
        0,
        0,
        1,
      );
      food += `<rect x="${n(150 + rng.float(-15, 15))}" y="${y}" width="430" height="72" rx="36" fill="${fill}"/>`;
      for (let k = 0; k < 14; k++)
        food += `<ellipse cx="${n(200 + rng.float(0, 340))}" cy="${n(y + rng.float(16, 56))}" rx="${n(rng.float(5, 10))}" ry="${n(rng.float(3, 6))}" fill="${hsl(30, 50, 78)}" fill-opacity="0.7"/>`;
      food += `<rect x="180" y="${y + 10}" width="360" height="10" rx="5" fill="rgba(255,255,255,0.22)"/>`;
    }
  } else {
    const bx = rng.float(120, 190);
    const by = rng.float(235, 270);
    food += block(c, kind, bx, by, rng.float(290, 340), rng.float(135, 160), 44);
    const slices = rng.int(3, kind === "cured" ? 6 : 4);
    const sx = bx + rng.float(120, 170);
    const step = rng.float(28, 40);
    for (let i = 0; i < slices; i++)
      food += slice(c, kind, sx + i * step, by + 215 + i * step * 0.9, 250, 76, rng.float(-7, 5));
  }
  const garnish =
    kind === "fresh"
      ? `<g transform="translate(620 250) rotate(60)"><path d="${leafPath(140, 16)}" fill="${hsl(120, 45, 40)}"/></g><g transform="translate(650 250) rotate(80)"><path d="${leafPath(120, 14)}" fill="${hsl(115, 45, 48)}"/></g>`
      : chilli(rng.float(540, 600), rng.float(210, 250), rng.float(0, 30)) +
        chilli(rng.float(590, 640), rng.float(250, 290), rng.float(10, 40)) +
        (rng.chance(0.6) ? chilli(rng.float(160, 240), rng.float(590, 620), rng.float(-25, 5)) : "");
  return c.svg(flatlay(c, rng.pick(SURFACES)) + board + food + garnish);
}

/** Slabs of cured pork drying under the eaves, as every farmhouse does before the New Year. */
export function porkHanging(c: Canvas) {
  const rng = c.rng;
  let out = tabletop(c, rng.pick(WALLS), { h: 28, s: 25, l: 62 }, 700);
  out += `<rect x="40" y="140" width="720" height="18" rx="9" fill="${hsl(45, 45, 58)}"/><rect x="40" y="140" width="720" height="6" rx="3" fill="rgba(255,255,255,0.3)"/>`;
  for (let i = 0; i < 4; i++) {
    const x = 95 + i * 160 + rng.float(-8, 8);
    const len = rng.float(300, 380);
    const w = rng.float(118, 134);
    const top = 230 + rng.float(-10, 10);
    const fill = c.linear(
      [
        [0, hsl(16, 55, 16)],
        [0.08, hsl(18, 55, 24)],
        [0.1, hsl(32, 58, 50)],
        [0.34, hsl(28, 55, 44)],
        [0.37, hsl(8, 58, 30)],
        [0.62, hsl(6, 58, 26)],
        [0.65, hsl(30, 55, 46)],
        [0.75, hsl(8, 55, 28)],
        [1, hsl(4, 55, 20)],
      ],
      0,
      0,
      1,
      0,
    );
    const d = `M${n(x + 8)},${n(top)} Q${n(x + w / 2)},${n(top - 8)} ${n(x + w - 6)},${n(top + 4)} Q${n(x + w + 6)},${n(top + len / 2)} ${n(x + w - 4)},${n(top + len)} Q${n(x + w / 2)},${n(top + len + 12)} ${n(x + 4)},${n(top + len - 6)} Q${n(x - 6)},${n(top + len / 2)} ${n(x + 8)},${n(top)}Z`;
    out += `<path d="M${n(x + w / 2 - 16)},${n(top + 12)} L${n(x + w / 2)},149 L${n(x + w / 2 + 16)},${n(top + 12)}" stroke="${hsl(40, 35, 60)}" stroke-width="5" fill="none"/>`;
    out += `<path d="${d}" fill="${fill}" transform="translate(10 14)" fill-opacity="0.18"/>`;
    out += `<path d="${d}" fill="${fill}"/>`;
    out += `<path d="${d}" fill="rgba(255,220,170,0.1)"/>`;
    out += `<rect x="${n(x + w * 0.16)}" y="${n(top + 40)}" width="${n(w * 0.1)}" height="${n(len - 90)}" rx="${n(w * 0.05)}" fill="rgba(255,235,200,0.22)"/>`;
  }
  return c.svg(out);
}

function shiitakeCap(c: Canvas, x: number, y: number, r: number, capFill: string) {
  const rng = c.rng;
  const outline = blob(rng, x, y, r, r * 0.94, 0.07, 10);
  const clip = c.clip(`<path d="${outline}"/>`);
  let cracks = "";
  const count = rng.int(6, 11);
  for (let i = 0; i < count; i++) {
    const a = rng.float(0, Math.PI * 2);
    const d = rng.float(0.15, 0.8) * r;
    const px = x + Math.cos(a) * d;
    const py = y + Math.sin(a) * d;
    const pts: [number, number][] = [[px, py]];
    let h = rng.float(0, Math.PI * 2);
    for (let k = 0; k < 4; k++) {
      h += rng.float(-0.8, 0.8);
      const last = pts[pts.length - 1] as [number, number];
      pts.push([last[0] + Math.cos(h) * r * 0.22, last[1] + Math.sin(h) * r * 0.22]);
    }
    cracks += `<path d="${smoothPath(pts, false)}" stroke="${hsl(38, 40, 86)}" stroke-width="${n(rng.float(2, 5))}" fill="none" stroke-linecap="round"/>`;
  }
  return (
    shadow(c, x + r * 0.15, y + r * 0.2, r * 1.15, r * 1.1, 0.35) +
    `<path d="${outline}" fill="${capFill}"/>` +
    `<g clip-path="${clip}">${cracks}</g>` +
    `<path d="${outline}" fill="none" stroke="${hsl(30, 35, 72)}" stroke-width="4" stroke-opacity="0.7"/>`
  );
}

function shiitakeGills(c: Canvas, x: number, y: number, r: number) {
  let gills = "";
  for (let i = 0; i < 36; i++) {
    const a = (i / 36) * Math.PI * 2;
    gills += `<path d="M${n(x + Math.cos(a) * r * 0.25)},${n(y + Math.sin(a) * r * 0.25)} L${n(x + Math.cos(a) * r * 0.92)},${n(y + Math.sin(a) * r * 0.92)}" stroke="${hsl(35, 30, 62)}" stroke-width="2"/>`;
  }
  return (
    shadow(c, x + r * 0.15, y + r * 0.2, r * 1.15, r * 1.1, 0.35) +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${hsl(38, 40, 78)}"/>` +
    gills +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.24)}" fill="${hsl(35, 35, 70)}" stroke="${hsl(30, 30, 55)}" stroke-width="3"/>`
  );
}

function basket(c: Canvas, cx: number, cy: number, r: number) {
  const rim = c.radial([
    [0.85, hsl(38, 45, 58)],
    [0.93, hsl(40, 50, 70)],
    [1, hsl(35, 45, 48)],
  ]);
  let weave = "";
  for (let i = 1; i < 9; i++)
    weave += `<circle cx="${cx}" cy="${cy}" r="${n((r * 0.9 * i) / 9)}" fill="none" stroke="${hsl(36, 40, 52)}" stroke-width="3" stroke-opacity="0.5"/>`;
  for (let i = 0; i < 32; i++) {
    const a = (i / 32) * Math.PI * 2;
    weave += `<path d="M${cx},${cy} L${n(cx + Math.cos(a) * r * 0.9)},${n(cy + Math.sin(a) * r * 0.9)}" stroke="${hsl(36, 40, 50)}" stroke-width="2" stroke-opacity="0.35"/>`;
  }
  return `${shadow(c, cx + 20, cy + 26, r * 1.08, r * 1.05, 0.35)}<circle cx="${cx}" cy="${cy}" r="${r}" fill="${rim}"/><circle cx="${cx}" cy="${cy}" r="${n(r * 0.88)}" fill="${hsl(40, 45, 66)}"/>${weave}`;
}

export function mushrooms(c: Canvas, woodEar: boolean) {
  const rng = c.rng;
  let pile = "";
  const spots: [number, number, number][] = [];
  for (let i = 0; i < 200 && spots.length < 19; i++) {
    const a = rng.float(0, Math.PI * 2);
    const d = Math.sqrt(rng.next()) * 215;
    const r = rng.float(54, 78);
    const x = 400 + Math.cos(a) * d;
    const y = 400 + Math.sin(a) * d;
    if (spots.every(([sx, sy, sr]) => Math.hypot(sx - x, sy - y) > (sr + r) * 0.6)) spots.push([x, y, r]);
  }
  const capFills = [0, 1, 2].map((k) =>
    c.radial(
      [
        [0, hsl(28, 45, 44 - k * 4)],
        [0.75, hsl(24, 50, 32 - k * 3)],
        [1, hsl(22, 45, 24)],
      ],
      { cx: 0.42, cy: 0.4, r: 0.65 },
    ),
  );
  spots.forEach(([x, y, r], i) => {
    if (woodEar) {
      pile += shadow(c, x + 8, y + 12, r * 1.1, r, 0.35);
      pile += `<path d="${blob(rng, x, y, r, r * 0.85, 0.28, 12)}" fill="${hsl(15, 20, 12 + (i % 3) * 3)}"/>`;
      pile += `<path d="${blob(rng, x - r * 0.1, y - r * 0.1, r * 0.6, r * 0.45, 0.3, 9)}" fill="${hsl(15, 18, 24)}" fill-opacity="0.8"/>`;
    } else if (i % 5 === 3) pile += shiitakeGills(c, x, y, r * 0.9);
    else pile += shiitakeCap(c, x, y, r, rng.pick(capFills));
  });
  return c.svg(flatlay(c, rng.pick(SURFACES)) + basket(c, 400, 400, 330) + pile);
}

export type HoneyShade = "acacia" | "wildflower" | "chestnut";
const HONEY: Record<HoneyShade, Hsl> = {
  acacia: { h: 46, s: 90, l: 62 },
  wildflower: { h: 36, s: 90, l: 50 },
  chestnut: { h: 24, s: 80, l: 34 },
};

/** A jar (or bottle) of honey standing with its base centred at (390, 640). */
function jar(c: Canvas, colour: Hsl, bottle: boolean) {
  const fill = c.linear(
    [
      [0, tone(colour, -10)],
      [0.3, tone(colour, 10)],
      [0.55, tone(colour, 2)],
      [1, tone(colour, -16)],
    ],
    0,
    0,
    1,
    0,
  );
  const x = 250;
  const w = 280;
  const bottom = 640;
  const top = bottle ? 250 : 320;
  const outline = bottle
    ? `M${x + 40},${bottom} Q${x},${bottom} ${x},${bottom - 40} L${x},${top + 90} Q${x},${top + 30} ${x + 80},${top + 10} L${x + 100},${top - 60} L${x + w - 100},${top - 60} L${x + w - 80},${top + 10} Q${x + w},${top + 30} ${x + w},${top + 90} L${x + w},${bottom - 40} Q${x + w},${bottom} ${x + w - 40},${bottom}Z`
    : `M${x + 30},${bottom} Q${x},${bottom} ${x},${bottom - 40} L${x},${top + 40} Q${x},${top} ${x + 30},${top} L${x + w - 30},${top} Q${x + w},${top} ${x + w},${top + 40} L${x + w},${bottom - 40} Q${x + w},${bottom} ${x + w - 30},${bottom}Z`;
  const honeyTop = bottle ? top + 40 : top + 30;
  const clip = c.clip(`<path d="${outline}"/>`);
  const cap = bottle
    ? `<rect x="${x + 92}" y="${top - 110}" width="${w - 184}" height="60" rx="8" fill="${hsl(25, 45, 38)}"/><rect x="${x + 92}" y="${top - 110}" width="${w - 184}" height="14" rx="6" fill="rgba(255,255,255,0.2)"/>`
    : gingham(c, x - 30, top - 70, w + 60);
  const label = `<rect x="${x + 50}" y="${honeyTop + 110}" width="${w - 100}" height="120" rx="14" fill="${hsl(42, 50, 92)}" fill-opacity="0.95"/><g transform="translate(${x + w / 2} ${honeyTop + 170})">${hexagon(0, 0, 34, hsl(40, 80, 50))}${hexagon(-30, 0, 14, hsl(40, 70, 62))}${hexagon(30, 0, 14, hsl(40, 70, 62))}</g>`;
  return (
    shadow(c, x + w / 2 + 40, bottom + 8, w * 0.75, 36, 0.4) +
    `<path d="${outline}" fill="rgba(255,255,255,0.35)"/>` +
    `<g clip-path="${clip}"><rect x="${x}" y="${honeyTop}" width="${w}" height="${bottom - honeyTop}" fill="${fill}"/><ellipse cx="${x + w / 2}" cy="${honeyTop}" rx="${w / 2}" ry="14" fill="${tone(colour, 14)}"/></g>` +
    `<path d="${outline}" fill="none" stroke="rgba(255,255,255,0.7)" stroke-width="4"/>` +
    `<rect x="${x + 26}" y="${top + 60}" width="20" height="${bottom - top - 110}" rx="10" fill="rgba(255,255,255,0.45)"/>` +
    label +
    cap
  );
}

const place = (x: number, scale: number, body: string) =>
  `<g transform="translate(${n(x - 390 * scale)} ${n(640 - 640 * scale)}) scale(${n(scale)})">${body}</g>`;

/** A slab of comb on a small plate, cells brimming. */
function combSlab(c: Canvas, x: number, y: number) {
  let cells = "";
  for (let row = 0; row < 3; row++)
    for (let col = 0; col < 5; col++)
      cells += hexagon(
        x - 88 + col * 38 + (row % 2) * 19,
        y - 34 + row * 30,
        17,
        hsl(40, 85, 50 + c.rng.float(-6, 8)),
      );
  return (
    shadow(c, x + 16, y + 40, 170, 30, 0.35) +
    `<ellipse cx="${x}" cy="${y + 26}" rx="160" ry="36" fill="${hsl(40, 20, 94)}"/><ellipse cx="${x}" cy="${y + 22}" rx="130" ry="24" fill="${hsl(40, 15, 88)}"/>` +
    `<rect x="${x - 112}" y="${y - 58}" width="214" height="92" rx="12" fill="${hsl(42, 70, 70)}"/>${cells}`
  );
}

export function honey(c: Canvas, shade: HoneyShade, bottle: boolean) {
  const rng = c.rng;
  const colour = HONEY[shade];
  const extra = rng.pick(["jar", "comb", "none"] as const);
  const mainX = extra === "none" ? rng.float(360, 420) : rng.float(290, 340);
  const scale = rng.float(0.88, 1.02);
  const backJar =
    extra === "jar" ? place(mainX + 230, 0.62, jar(c, { ...colour, l: colour.l - 6 }, false)) : "";
  const front =
    extra === "comb"
      ? combSlab(c, mainX + 250, 690)
      : dipper(c, rng.float(480, 560), rng.float(655, 690), colour);
  return c.svg(
    tabletop(c, rng.pick(WALLS), { h: rng.float(26, 36), s: 35, l: rng.float(62, 70) }, 600) +
      comb(c, rng.pick([80, 520]), 60) +
      backJar +
      place(mainX, scale, jar(c, colour, bottle)) +
      front,
  );
}

function hexagon(cx: number, cy: number, r: number, fill: string) {
  const pts = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i + Math.PI / 6;
    return `${n(cx + Math.cos(a) * r)},${n(cy + Math.sin(a) * r)}`;
  });
  return `<path d="M${pts.join(" L")}Z" fill="${fill}"/>`;
}

/** A corner of honeycomb on the wall, faint, to set the scene. */
function comb(c: Canvas, x: number, y: number) {
  let out = "";
  const r = 34;
  for (let row = 0; row < 5; row++)
    for (let col = 0; col < 4 - Math.floor(row / 2); col++) {
      const cx = x + col * r * Math.sqrt(3) + (row % 2) * ((r * Math.sqrt(3)) / 2);
      const cy = y + row * r * 1.5;
      out += hexagon(cx, cy, r - 3, hsl(42, 70, 70 + c.rng.float(-6, 6), 0.45));
    }
  return out;
}

function gingham(c: Canvas, x: number, y: number, w: number) {
  const colour = c.rng.pick([hsl(355, 65, 48), hsl(210, 55, 45), hsl(140, 35, 40)]);
  const shape = `M${x},${y + 40} Q${x + w / 2},${y - 10} ${x + w},${y + 40} L${x + w - 20},${y + 110} Q${x + w / 2},${y + 90} ${x + 20},${y + 110}Z`;
  const clip = c.clip(`<path d="${shape}"/>`);
  let lines = "";
  for (let i = 0; i < 14; i++) {
    lines += `<rect x="${x + i * 28}" y="${y - 20}" width="14" height="160" fill="${colour}" fill-opacity="0.55"/>`;
    lines += `<rect x="${x}" y="${y - 20 + i * 28}" width="${w}" height="14" fill="${colour}" fill-opacity="0.55"/>`;
  }
  return `<path d="${shape}" fill="#fff"/><g clip-path="${clip}">${lines}</g><path d="M${x + 24},${y + 86} Q${x + w / 2},${y + 70} ${x + w - 24},${y + 86}" stroke="${hsl(35, 40, 55)}" stroke-width="7" fill="none"/>`;
}

function dipper(c: Canvas, x: number, y: number, colour: Hsl) {
  const wood = hsl(30, 45, 55);
  let grooves = "";
  for (let i = 0; i < 4; i++)
    grooves += `<ellipse cx="${x + 150 + i * 16}" cy="${y}" rx="6" ry="30" fill="${hsl(28, 45, 42)}"/>`;
  return (
    shadow(c, x + 110, y + 40, 160, 22, 0.3) +
    `<g transform="rotate(-12 ${x} ${y})"><rect x="${x - 40}" y="${y - 9}" width="200" height="18" rx="9" fill="${wood}"/>` +
    `<ellipse cx="${x + 175}" cy="${y}" rx="44" ry="38" fill="${wood}"/>${grooves}` +
    `<path d="M${x + 160},${y + 30} q10,30 4,52" stroke="${tone(colour, 0)}" stroke-width="12" stroke-linecap="round" fill="none" stroke-opacity="0.9"/></g>`
  );
}
