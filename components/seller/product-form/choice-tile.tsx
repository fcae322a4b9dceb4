import { Icon } from "../icons";

/**
 * A radio button drawn as a big tile: the real input covers the tile (invisible), so a tap anywhere
 * picks it, the keyboard and screen readers treat it as a radio, and the tile shows the choice.
 */
export function ChoiceTile({
  name,
  value,
  checked,
  onChange,
  describedBy,
  className = "",
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: (value: string) => void;
  describedBy?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <label className={`relative block ${className}`}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        aria-describedby={describedBy}
        className="peer absolute inset-0 z-10 h-full w-full cursor-pointer appearance-none rounded-2xl"
      />
      <span className="flex h-full flex-col items-center justify-center gap-1 rounded-2xl bg-white p-2 text-center font-semibold ring-1 ring-earth-100 peer-checked:bg-turquoise-50 peer-checked:ring-4 peer-checked:ring-turquoise-600 peer-hover:bg-turquoise-50 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-turquoise-600">
        {children}
      </span>
      <span
        aria-hidden="true"
        className="absolute top-1.5 right-1.5 hidden h-7 w-7 items-center justify-center rounded-full bg-turquoise-600 text-white peer-checked:flex"
      >
        <Icon name="check" className="h-5 w-5" />
      </span>
    </label>
  );
}
