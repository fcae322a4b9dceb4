import type { Courier } from "@/lib/couriers";

// Whichever of dark or white letters has the higher WCAG contrast on the badge colour: light colours
// (Yunda's yellow, STO's orange) get dark letters. A brightness guess gave STO white, at 2.9:1.
function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const DARK = "#1f1f1f";

function textOn(hex: string): string {
  const background = luminance(hex);
  const contrast = (text: number) =>
    (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
  return contrast(luminance(DARK)) > contrast(1) ? DARK : "#ffffff";
}

const marks: Partial<Record<Courier["code"], string>> = {
  JT: "J&T",
  DEPPON: "德邦",
  ZJS: "宅急送",
  YUNDA: "韵达",
};

/** A courier's colour badge with the short mark printed on its vans and waybills. */
const sizes = {
  sm: "h-8 min-w-10 px-1.5 text-sm",
  md: "h-12 min-w-14 px-1.5 text-base",
  lg: "h-16 min-w-16 px-2 text-xl",
} as const;

export function CourierBadge({ courier, size = "md" }: { courier: Courier; size?: keyof typeof sizes }) {
  return (
    <span
      aria-hidden="true"
      style={{ backgroundColor: courier.color, color: textOn(courier.color) }}
      className={`flex items-center justify-center rounded-xl font-black tracking-tight ${sizes[size]}`}
    >
      {marks[courier.code] ?? courier.code}
    </span>
  );
}
