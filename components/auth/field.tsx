import type { HTMLInputTypeAttribute } from "react";

type FieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  maxLength?: number;
  minLength?: number;
  required?: boolean;
  multiline?: boolean;
  placeholder?: string;
};

const inputClass =
  "mt-1 block w-full rounded-xl border border-earth-700/40 bg-white px-4 py-3 text-base text-earth-900 placeholder:text-earth-700/70 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-200";

/** A labelled input whose hint and error are tied to it, so screen readers read them with the field. */
export function Field({ name, label, error, hint, multiline, ...input }: FieldProps) {
  const id = `field-${name}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    className: inputClass,
    required: input.required,
    maxLength: input.maxLength,
    placeholder: input.placeholder,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-earth-900">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input
          {...common}
          type={input.type ?? "text"}
          autoComplete={input.autoComplete}
          inputMode={input.inputMode}
          minLength={input.minLength}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-earth-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
