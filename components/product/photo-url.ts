// A stored photo (app/images/[id]) as Next's image optimizer serves it: resized to one of the widths
// next.config.ts allows (`images.deviceSizes` and `imageSizes`), as AVIF or WebP, cached for good.
// This is the URL next/image's default loader writes; cards write it themselves so that a list page
// ships neither next/image's client code nor its props for every card.
const QUALITY = 75;

export function photoUrl(id: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(`/images/${id}`)}&w=${width}&q=${QUALITY}`;
}

/** `srcset` over the given widths, each of which must be one next.config.ts allows. */
export function photoSrcSet(id: string, widths: readonly number[]): string {
  return widths.map((width) => `${photoUrl(id, width)} ${width}w`).join(", ");
}
