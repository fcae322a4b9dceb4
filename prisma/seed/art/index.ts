// Which picture each kind of product gets. Pictures are pure functions of (spec, seed).
import { createRandom } from "../random";
import { type HoneyShade, honey as honeyJar } from "./honey";
import { mushrooms } from "./mushrooms";
import { type PorkKind, pork, porkHanging } from "./pork";
import { chicken, eggs, type Plumage } from "./poultry";
import { stoneOf } from "./stone";
import { Canvas } from "./svg";
import { type TeaKind, teaCup, teaTin } from "./tea";
import { type BraceletStyle, bracelet, carving, necklace, pendant, rawStone, ring } from "./turquoise";

export type ArtSpec =
  | {
      kind: "bracelet" | "necklace" | "pendant" | "ring" | "carving" | "rawStone";
      /** Index into STONES, and how much matrix shows. */
      colour: number;
      veins: number;
      beads?: number;
      style?: BraceletStyle;
      gold?: boolean;
      subject?: "gourd" | "peach";
    }
  | { kind: "tea"; tea: TeaKind }
  | { kind: "chicken"; plumage: Plumage }
  | { kind: "eggs" }
  | { kind: "pork"; pork: PorkKind }
  | { kind: "mushrooms"; woodEar: boolean }
  | { kind: "honey"; shade: HoneyShade; bottle: boolean };

const JEWELLERY = { bracelet, necklace, pendant, ring, carving, rawStone };

/** The SVG of picture `index` (0 = main, 1 = a second view) of a product. */
export function productSvg(spec: ArtSpec, seed: number, index: number): string {
  const svg = draw(spec, seed, index);
  // Half the farm pictures are mirrored: the same set-up shot from the other side of the table.
  if (spec.kind in JEWELLERY || createRandom(seed ^ 0x5f3759df).next() < 0.5) return svg;
  return svg
    .replace("</defs>", '</defs><g transform="translate(800 0) scale(-1 1)">')
    .replace(/<\/svg>$/, "</g></svg>");
}

function draw(spec: ArtSpec, seed: number, index: number): string {
  // The same seed for both views of a piece of jewellery, so the close-up shows the same stone.
  const c = new Canvas(createRandom(seed + (spec.kind in JEWELLERY ? 0 : index * 7919)));
  const alt = index > 0;
  switch (spec.kind) {
    case "bracelet":
    case "necklace":
    case "pendant":
    case "ring":
    case "carving":
    case "rawStone":
      return JEWELLERY[spec.kind](c, {
        ...spec,
        stone: stoneOf(c.rng, spec.colour, spec.veins),
        detail: alt,
      });
    case "tea":
      return alt ? teaTin(c, spec.tea) : teaCup(c, spec.tea);
    case "chicken":
      return chicken(c, spec.plumage, alt);
    case "eggs":
      return alt ? chicken(c, "red", true) : eggs(c);
    case "pork":
      return alt && spec.pork === "cured" ? porkHanging(c) : pork(c, spec.pork);
    case "mushrooms":
      return mushrooms(c, spec.woodEar);
    case "honey":
      return honeyJar(c, spec.shade, spec.bottle);
  }
}
