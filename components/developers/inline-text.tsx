import { Fragment } from "react";

/** The document's own light markup: `code` and **bold**; everything else is plain text (no HTML is read). */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part.length}`;
        if (part.startsWith("`") && part.endsWith("`"))
          return (
            <code key={key} className="rounded bg-earth-100 px-1 font-mono text-[0.9em]">
              {part.slice(1, -1)}
            </code>
          );
        if (part.startsWith("**") && part.endsWith("**"))
          return <strong key={key}>{part.slice(2, -2)}</strong>;
        return <Fragment key={key}>{part}</Fragment>;
      })}
    </>
  );
}

/** Paragraphs and "- " lists of a description. */
export function Description({ text }: { text: string }) {
  const blocks = text.split(/\n\n+/);
  return (
    <div className="space-y-2 text-earth-900">
      {blocks.map((block) => {
        const lines = block.split("\n");
        if (lines.every((line) => line.startsWith("- ")))
          return (
            <ul key={block} className="list-disc space-y-1 pl-5">
              {lines.map((line) => (
                <li key={line}>
                  <InlineText text={line.slice(2)} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={block}>
            <InlineText text={block} />
          </p>
        );
      })}
    </div>
  );
}
