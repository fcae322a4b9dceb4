"use client";

import { ErrorView } from "@/components/layout/error-view";

export default function StoreError({ reset }: { reset: () => void }) {
  return <ErrorView reset={reset} />;
}
