/** A white panel with a heading; every admin figure sits in one. */
export function Card({
  title,
  children,
  className = "",
  id,
}: {
  title: string;
  children: React.ReactNode;
  className?: string;
  id?: string;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section
      aria-labelledby={headingId}
      className={`min-w-0 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100 ${className}`}
    >
      <h2 id={headingId} className="text-lg font-bold text-earth-900">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}
