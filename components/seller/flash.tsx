import { Icon } from "./icons";

/** A green "done" banner after a save, with a tick a seller recognises without reading. */
export function Flash({ message }: { message: string }) {
  return (
    <p
      role="status"
      className="flex items-center gap-3 rounded-2xl bg-green-50 p-4 text-lg font-bold text-green-800 ring-1 ring-green-200"
    >
      <span className="flex h-10 w-10 items-center justify-center rounded-full bg-green-600 text-white">
        <Icon name="check" className="h-7 w-7" />
      </span>
      {message}
    </p>
  );
}
