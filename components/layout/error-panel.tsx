"use client";

/**
 * The error page's body, given its texts. Apart from error-view.tsx because the storefront's error
 * boundary is loaded with every storefront page: importing next-intl there would ship its message
 * formatter (about 12 kB gzipped) to pages that have no message provider.
 */
export function ErrorPanel({ title, retry, reset }: { title: string; retry: string; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-turquoise-700 px-6 py-3 font-semibold text-white"
      >
        {retry}
      </button>
    </main>
  );
}
