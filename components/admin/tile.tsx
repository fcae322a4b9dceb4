/** One headline figure with its label and a line saying what it counts. */
export function Tile({
  label,
  value,
  note,
  children,
}: {
  label: string;
  value: string;
  note: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col rounded-2xl bg-white p-5 shadow-sm ring-1 ring-earth-100">
      <h3 className="font-semibold text-earth-700">{label}</h3>
      <p className="mt-1 text-3xl font-extrabold text-turquoise-900">{value}</p>
      <p className="mt-1 text-sm text-earth-700">{note}</p>
      {children && <div className="mt-auto pt-3">{children}</div>}
    </div>
  );
}
