"use client";

import { ErrorView } from "@/components/layout/error-view";

export default function SellerError({ reset }: { reset: () => void }) {
  return <ErrorView reset={reset} />;
}
