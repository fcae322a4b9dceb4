/** The form-level message (wrong password, please check the fields): announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" aria-live="assertive">
      {message && (
        <p className="rounded-xl bg-red-50 px-4 py-3 font-semibold text-red-800 ring-1 ring-red-200">
          {message}
        </p>
      )}
    </div>
  );
}
