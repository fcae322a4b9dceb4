import { startTransition } from "react";

/**
 * A form's onSubmit that posts to a `useActionState` action by hand. Passed as `<form action>`, React
 * would reset the form after every post, and a seller would lose photos, price and picks whenever the
 * server sends the form back with a problem.
 */
export function submitKeepingFields(formAction: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
