import type { Courier } from "@/lib/couriers";

// Light badge colours (Yunda's yellow, STO's orange) need dark letters to stay readable.
function textOn(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#1f1f1f" : "#ffffff";
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
