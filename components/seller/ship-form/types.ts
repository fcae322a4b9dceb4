import type { ActionResult } from "@/lib/actions/result";

export type ShipFormState = ActionResult<{ shopOrderId: string }> | null;
export type ShipFormAction = (state: ShipFormState, formData: FormData) => Promise<ShipFormState>;
export type CourierTile = { code: string; name: string };
