// Honey: a jar or bottle on the table, with a dipper or a slab of comb.
import { tabletop, WALLS } from "./scene";
import { type Canvas, type Hsl, hsl, n, shadow, tone } from "./svg";

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
