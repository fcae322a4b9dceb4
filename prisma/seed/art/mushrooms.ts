// Dried shiitake and wood ear fungus in a bamboo basket.
import { flatlay, SURFACES } from "./scene";
import { blob, type Canvas, hsl, n, shadow, smoothPath } from "./svg";

function shiitakeCap(c: Canvas, x: number, y: number, r: number, capFill: string) {
  const rng = c.rng;
  const outline = blob(rng, x, y, r, r * 0.94, 0.07, 10);
  let cracks = "";
  const count = rng.int(6, 11);
  // Cracks stop short of the rim rather than being clipped to it: a clip costs a full-size mask.
  const rim = r * 0.82;
  for (let i = 0; i < count; i++) {
    const a = rng.float(0, Math.PI * 2);
    const d = rng.float(0.15, 0.7) * r;
    const pts: [number, number][] = [[x + Math.cos(a) * d, y + Math.sin(a) * d]];
    let h = rng.float(0, Math.PI * 2);
    for (let k = 0; k < 4; k++) {
      h += rng.float(-0.8, 0.8);
      const last = pts[pts.length - 1] as [number, number];
      const next: [number, number] = [last[0] + Math.cos(h) * r * 0.22, last[1] + Math.sin(h) * r * 0.22];
      if (Math.hypot(next[0] - x, next[1] - y) > rim) break;
      pts.push(next);
    }
    if (pts.length < 2) continue;
    cracks += `<path d="${smoothPath(pts, false)}" stroke="${hsl(38, 40, 86)}" stroke-width="${n(rng.float(2, 5))}" fill="none" stroke-linecap="round"/>`;
  }
  return (
    shadow(c, x + r * 0.15, y + r * 0.2, r * 1.15, r * 1.1, 0.35) +
    `<path d="${outline}" fill="${capFill}"/>` +
    cracks +
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
