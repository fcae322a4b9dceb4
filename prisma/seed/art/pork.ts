// Cured pork (larou) and fresh farm pork: on a board, or hanging under the eaves.

import { flatlay, SURFACES, tabletop, WALLS, woodBoard } from "./scene";
import { type Canvas, hsl, n, shadow, smoothPath } from "./svg";
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
