import { Icon } from "./icons";

/**
 * An ordered product's first photo with how many, in a big figure on the corner. Dimmed when none
 * are left to send (all given back), so the seller does not pack it.
 */
export function ItemPhoto({
  imageId,
  quantity,
  alt,
  size = "md",
  dimmed = false,
}: {
  imageId: string | undefined;
  quantity: number;
  alt: string;
  size?: "md" | "lg";
  dimmed?: boolean;
}) {
  const box = size === "lg" ? "h-24 w-24" : "h-20 w-20";
  return (
    <span className={`relative block shrink-0 ${box} ${dimmed ? "opacity-40 grayscale" : ""}`}>
      {imageId ? (
        // biome-ignore lint/performance/noImgElement: stored photos come from our own image route
        <img src={`/images/${imageId}`} alt={alt} className={`${box} rounded-2xl object-cover`} />
      ) : (
        <span
          role="img"
          aria-label={alt}
          className={`flex ${box} items-center justify-center rounded-2xl bg-earth-100`}
        >
          <Icon name="box" className="h-9 w-9 text-earth-700" />
        </span>
      )}
      <span
        aria-hidden="true"
        className="absolute -right-1.5 -bottom-1.5 min-w-9 rounded-full bg-earth-900 px-2 text-center text-xl leading-9 font-black tabular-nums text-white ring-2 ring-white"
      >
        ×{quantity}
      </span>
    </span>
  );
}
