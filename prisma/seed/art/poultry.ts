// Free-range chickens in a hillside yard, and a nest of their eggs.
import { flatlay, SURFACES } from "./scene";
import { type Canvas, type Hsl, hsl, n, shadow, smoothPath, tone } from "./svg";

export type Plumage = "red" | "gold" | "white" | "black";

const PLUMAGE: Record<Plumage, { body: Hsl; neck: Hsl; tail: Hsl; legs: Hsl }> = {
  red: {
    body: { h: 16, s: 58, l: 38 },
    neck: { h: 32, s: 72, l: 52 },
    tail: { h: 160, s: 25, l: 16 },
    legs: { h: 45, s: 75, l: 55 },
  },
  gold: {
    body: { h: 34, s: 62, l: 52 },
    neck: { h: 40, s: 75, l: 62 },
    tail: { h: 25, s: 45, l: 28 },
    legs: { h: 45, s: 75, l: 55 },
  },
  white: {
    body: { h: 40, s: 25, l: 92 },
    neck: { h: 45, s: 30, l: 96 },
    tail: { h: 40, s: 15, l: 84 },
    legs: { h: 45, s: 70, l: 58 },
  },
  black: {
    body: { h: 220, s: 12, l: 18 },
    neck: { h: 200, s: 18, l: 26 },
    tail: { h: 170, s: 25, l: 14 },
    legs: { h: 220, s: 15, l: 35 },
  },
};

function yard(c: Canvas) {
  const rng = c.rng;
  const sky = c.linear([
    [0, hsl(200, 55, 86)],
    [1, hsl(190, 45, 94)],
  ]);
  const far = hsl(150, 22, 62);
  const near = hsl(110, 30, 52);
  const grass = c.linear([
    [0, hsl(95, 42, 56)],
    [1, hsl(90, 45, 44)],
  ]);
  const hill = (y: number, amp: number, colour: string) => {
    const pts: [number, number][] = [];
    for (let i = 0; i <= 8; i++) pts.push([-40 + i * 110, y + Math.sin(i * 1.3 + rng.float(0, 3)) * amp]);
    return `<path d="${smoothPath(pts, false)} L840,840 L-40,840Z" fill="${colour}"/>`;
  };
  let tufts = "";
  for (let i = 0; i < 26; i++) {
    const x = rng.float(0, 800);
    const y = rng.float(560, 790);
    tufts += `<path d="M${n(x - 8)},${n(y)} q4,-18 2,-26 M${n(x)},${n(y)} q0,-22 -1,-32 M${n(x + 8)},${n(y)} q-2,-16 4,-24" stroke="${hsl(100, 40, 36)}" stroke-width="3" fill="none" stroke-opacity="0.6"/>`;
  }
  return (
    `<rect width="800" height="800" fill="${sky}"/>` +
    `<circle cx="${n(rng.float(560, 700))}" cy="120" r="54" fill="${hsl(45, 90, 92)}" fill-opacity="0.9"/>` +
    hill(380, 30, far) +
    hill(460, 22, near) +
    `<path d="M-40,540 Q400,500 840,545 L840,840 L-40,840Z" fill="${grass}"/>` +
    tufts
  );
}

/** A hen facing left, standing with her feet at (0, 0); about 420 wide. */
function hen(c: Canvas, plumage: Plumage, pecking: boolean) {
  const p = PLUMAGE[plumage];
  const bodyFill = c.radial(
    [
      [0, tone(p.body, 10)],
      [0.7, tone(p.body, 0)],
      [1, tone(p.body, -12)],
    ],
    { cx: 0.4, cy: 0.35, r: 0.7 },
  );
  const headY = pecking ? -150 : -285;
  const headX = pecking ? -190 : -150;
  const tail = [
    [150, -250, 6],
    [185, -220, 0],
    [205, -175, -6],
    [215, -130, 4],
  ]
    .map(
      ([x, y, dl]) =>
        `<path d="M90,-140 Q${n((x as number) - 10)},${n((y as number) - 40)} ${x},${y} Q${n((x as number) + 20)},${n((y as number) + 60)} 110,-70Z" fill="${tone(p.tail, dl as number)}"/>`,
    )
    .join("");
  const body = smoothPath([
    [-110, -210],
    [-165, -130],
    [-140, -40],
    [-40, 12],
    [90, -6],
    [160, -90],
    [125, -175],
    [20, -200],
  ]);
  const neck = pecking
    ? `<path d="M-90,-190 C-150,-200 -190,-180 -205,-150 L-170,-120 C-150,-140 -120,-140 -100,-120Z" fill="${tone(p.neck, 0)}"/>`
    : `<path d="M-150,-150 C-190,-200 -195,-260 -165,-300 L-110,-300 C-95,-250 -60,-220 -20,-190 L-60,-130Z" fill="${tone(p.neck, 0)}"/>`;
  const hackles = Array.from({ length: 6 }, (_, i) => {
    const t = i / 5;
    const x = pecking ? -110 - t * 70 : -160 + t * 70;
    const y = pecking ? -170 + t * 10 : -260 + t * 70;
    return `<path d="M${n(x)},${n(y)} q${pecking ? "10,22 24,26" : "22,10 30,28"}" stroke="${tone(p.neck, -14)}" stroke-width="4" fill="none" stroke-opacity="0.55"/>`;
  }).join("");
  const wing = `<path d="M-60,-130 C0,-160 80,-150 120,-100 C100,-60 40,-40 -20,-60 C-60,-70 -75,-100 -60,-130Z" fill="${tone(p.body, -8)}"/>`;
  const feathers = [0, 1, 2, 3]
    .map(
      (i) =>
        `<path d="M${-20 + i * 30},-${60 + i * 6} q20,-14 34,-8" stroke="${tone(p.body, -22)}" stroke-width="4" fill="none" stroke-opacity="0.7"/>`,
    )
    .join("");
  const legColour = tone(p.legs, 0);
  const leg = (x: number) =>
    `<path d="M${x},-10 L${x - 4},0 M${x - 4},0 l-28,6 M${x - 4},0 l6,8 M${x - 4},0 l22,2" stroke="${legColour}" stroke-width="7" stroke-linecap="round" fill="none"/><path d="M${x},-30 L${x - 4},0" stroke="${legColour}" stroke-width="10" stroke-linecap="round"/>`;
  const head =
    `<circle cx="${headX}" cy="${headY}" r="46" fill="${tone(p.neck, 4)}"/>` +
    `<path d="M${headX - 30},${headY - 34} q-6,-30 12,-30 q4,-20 22,-8 q14,-16 24,4 q16,-2 12,22 q-30,-10 -70,12Z" fill="${hsl(358, 75, 48)}"/>` +
    `<path d="M${headX - 36},${headY + 6} q-4,34 12,42 q14,-8 8,-34Z" fill="${hsl(358, 72, 46)}"/>` +
    `<path d="M${headX - 38},${headY - 10} L${headX - 74},${headY + 2} L${headX - 38},${headY + 12}Z" fill="${hsl(42, 80, 55)}"/>` +
    `<circle cx="${headX - 12}" cy="${headY - 8}" r="9" fill="${hsl(35, 85, 55)}"/>` +
    `<circle cx="${headX - 13}" cy="${headY - 8}" r="5.5" fill="#1a1410"/>` +
    `<circle cx="${headX - 15}" cy="${headY - 10}" r="2" fill="#fff"/>`;
  return `${shadow(c, 0, 0, 190, 26, 0.3)}${leg(-40)}${leg(30)}${tail}<path d="${body}" fill="${bodyFill}"/>${neck}${hackles}${wing}${feathers}${head}`;
}

export function chicken(c: Canvas, plumage: Plumage, flock: boolean) {
  const rng = c.rng;
  const main = `<g transform="translate(${n(flock ? 480 : 430 + rng.float(-20, 20))} ${flock ? 720 : 690}) scale(${flock ? 0.72 : 1.05})">${hen(c, plumage, false)}</g>`;
  const other = flock
    ? `<g transform="translate(${n(rng.float(100, 125))} 590) scale(-0.44 0.44)">${hen(c, plumage, true)}</g>` +
      `<g transform="translate(${n(rng.float(700, 720))} 610) scale(0.42)">${hen(c, plumage, true)}</g>`
    : "";
  return c.svg(yard(c) + other + main);
}

export function eggs(c: Canvas) {
  const rng = c.rng;
  const nest = c.radial([
    [0, hsl(38, 45, 52)],
    [0.75, hsl(36, 50, 62)],
    [1, hsl(32, 45, 45)],
  ]);
  let straw = "";
  for (let i = 0; i < 90; i++) {
    const a = rng.float(0, Math.PI * 2);
    const d = rng.float(200, 285);
    const x = 400 + Math.cos(a) * d;
    const y = 410 + Math.sin(a) * d * 0.92;
    const turn = a + Math.PI / 2 + rng.float(-0.5, 0.5);
    const len = rng.float(40, 90);
    straw += `<path d="M${n(x)},${n(y)} l${n(Math.cos(turn) * len)},${n(Math.sin(turn) * len)}" stroke="${hsl(rng.float(36, 46), 55, rng.float(55, 75))}" stroke-width="${n(rng.float(3, 6))}" stroke-linecap="round"/>`;
  }
  const spots: [number, number, number][] = [
    [330, 360, 10],
    [470, 350, -20],
    [400, 470, 5],
    [290, 480, 30],
    [520, 470, -35],
    [400, 300, 80],
  ];
  let shell = "";
  for (const [x, y, rot] of spots) {
    const colour = rng.pick([hsl(28, 45, 78), hsl(32, 55, 70), hsl(35, 30, 88)]);
    const fill = c.radial(
      [
        [0, "rgba(255,255,255,0.9)"],
        [0.35, colour],
        [1, hsl(25, 35, 55)],
      ],
      { cx: 0.35, cy: 0.3, r: 0.8 },
    );
    shell +=
      shadow(c, x + 12, y + 18, 62, 70, 0.3) +
      `<ellipse cx="${x}" cy="${y}" rx="52" ry="68" transform="rotate(${rot} ${x} ${y})" fill="${fill}"/>`;
  }
  return c.svg(
    flatlay(c, rng.pick(SURFACES)) +
      shadow(c, 420, 440, 330, 320, 0.3) +
      `<ellipse cx="400" cy="410" rx="300" ry="280" fill="${nest}"/>` +
      `<ellipse cx="400" cy="410" rx="200" ry="180" fill="${hsl(35, 45, 40)}" fill-opacity="0.5"/>` +
      straw +
      shell,
  );
}
