import Link from "next/link";
import { Icon, type IconName } from "./icons";

const tones = {
  turquoise: "bg-turquoise-700 text-white hover:bg-turquoise-600",
  white: "bg-white text-earth-900 ring-1 ring-earth-100 hover:bg-turquoise-50",
} as const;

/** A big picture tile of the seller home: an icon you can recognise, a number, and a word. */
export function HomeTile({
  href,
  icon,
  label,
  tone = "white",
  className = "",
  badge,
  badgeTone = "calm",
  children,
}: {
  href: string;
  icon: IconName;
  label: string;
  tone?: keyof typeof tones;
  className?: string;
  badge?: number;
  /** Red asks for action (orders waiting); calm just counts. */
  badgeTone?: "alert" | "calm";
  children?: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      className={`relative flex min-h-36 flex-col justify-between gap-3 rounded-3xl p-4 shadow-sm md:p-5 ${tones[tone]} ${className}`}
    >
      <span className="flex items-center justify-between">
        <span
          className={`flex h-16 w-16 items-center justify-center rounded-2xl ${
            tone === "turquoise" ? "bg-white/15" : "bg-turquoise-50 text-turquoise-700"
          }`}
        >
          <Icon name={icon} className="h-10 w-10" />
        </span>
        {badge !== undefined ? (
          <span
            className={`min-w-14 rounded-full px-3 text-center text-3xl leading-[3.5rem] font-black tabular-nums ${
              badge > 0 && badgeTone === "alert"
                ? "bg-red-600 text-white"
                : badge > 0
                  ? "bg-turquoise-100 text-turquoise-900"
                  : "bg-earth-100 text-earth-700"
            }`}
          >
            {badge}
          </span>
        ) : null}
      </span>
      <span>
        <span className="block text-xl font-bold">{label}</span>
        {children}
      </span>
    </Link>
  );
}
