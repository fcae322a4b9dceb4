import { Icon } from "./icons";

/** A field's problem, in red with a warning sign, right under the field it belongs to. */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <div
      id={id}
      className="mt-2 flex items-start gap-2 rounded-xl bg-red-50 px-3 py-2 font-semibold text-red-800"
    >
      <Icon name="alert" className="mt-0.5 h-6 w-6 text-red-700" />
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The form-wide message at the top of a form: what went wrong, with a picture saying so. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div
      role="alert"
      className="flex items-center gap-3 rounded-2xl border-2 border-red-300 bg-red-50 p-4 text-lg font-bold text-red-800"
    >
      <Icon name="alert" className="h-9 w-9 text-red-700" />
      <p>{message}</p>
    </div>
  );
}
