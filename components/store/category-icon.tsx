/**
 * A category's drawing (public/categories/<slug>.svg). `fetchPriority="low"`: React otherwise
 * preloads the first ten eager images of a page in its head, ahead of the stylesheet, and six
 * drawings on the home page then delay the first paint of the text a shopper reads.
 */
export function CategoryIcon({ slug, size, className }: { slug: string; size: number; className: string }) {
  return (
    // biome-ignore lint/performance/noImgElement: a small static SVG drawing, shown as it is
    <img
      src={`/categories/${slug}.svg`}
      alt=""
      width={size}
      height={size}
      fetchPriority="low"
      className={className}
    />
  );
}
