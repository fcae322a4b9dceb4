export function SubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-12 w-full items-center justify-center rounded-full bg-turquoise-700 px-6 text-lg font-semibold text-white hover:bg-turquoise-900 disabled:opacity-60"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
