"use client";

import { ErrorView } from "@/components/layout/error-view";

export default function AdminError({ reset }: { reset: () => void }) {
  return <ErrorView reset={reset} />;
}
