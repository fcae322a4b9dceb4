import Link from "next/link";
import { Icon } from "./icons";

/** A big "back" arrow with the name of where it goes. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="flex min-h-12 w-fit items-center gap-2 rounded-full pr-4 font-semibold text-turquoise-700 hover:bg-turquoise-50"
    >
      <span className="flex h-12 w-12 items-center justify-center rounded-full bg-white shadow-sm ring-1 ring-earth-100">
        <Icon name="arrowLeft" className="h-7 w-7" />
      </span>
      {label}
    </Link>
  );
}
