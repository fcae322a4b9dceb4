import { Icon, type IconName } from "./icons";

/** One step of a seller form: a big icon and a short heading, so the page reads by pictures. */
export function FormSection({
  icon,
  title,
  titleId,
  aside,
  children,
  invalid = false,
}: {
  icon: IconName;
  title: string;
  titleId: string;
  aside?: React.ReactNode;
  children: React.ReactNode;
  invalid?: boolean;
}) {
  return (
    <section
      aria-labelledby={titleId}
      className={`rounded-3xl bg-white p-4 shadow-sm ring-1 md:p-6 ${invalid ? "ring-2 ring-red-400" : "ring-earth-100"}`}
    >
      <div className="mb-3 flex items-center gap-3">
        <span className="flex h-11 w-11 items-center justify-center rounded-2xl bg-turquoise-50 text-turquoise-700">
          <Icon name={icon} className="h-7 w-7" />
        </span>
        <h2 id={titleId} className="text-xl font-bold">
          {title}
        </h2>
        {aside ? <div className="ml-auto">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}
