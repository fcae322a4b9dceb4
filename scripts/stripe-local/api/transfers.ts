import type Stripe from "stripe";
import type { Ctx } from "../context";
import { invalidRequest, missingResource } from "../errors";
import { emitEvent } from "../events";
import type { FormParams } from "../form";
import { newId } from "../ids";
import { LIST_PARAMS, listPage } from "../list";
import { formatAmount } from "../money";
import { newestFirst, own, type State } from "../store";
import { requireCharge } from "./charges";
import { pathId, type Route } from "./route";

export const transferRoutes: Route[] = [
  { method: "POST", path: /^\/transfers$/, handle: create },
  { method: "GET", path: /^\/transfers$/, handle: list },
  { method: "GET", path: /^\/transfers\/([^/]+)$/, handle: retrieve },
  { method: "POST", path: /^\/transfers\/([^/]+)\/reversals$/, handle: createReversal },
  { method: "GET", path: /^\/transfers\/([^/]+)\/reversals$/, handle: listReversals },
  { method: "GET", path: /^\/transfers\/([^/]+)\/reversals\/([^/]+)$/, handle: retrieveReversal },
];

function requireTransfer(state: State, id: string): Stripe.Transfer {
  const transfer = own(state.transfers, id);
  if (!transfer) throw missingResource("transfer", id);
  return transfer;
}

/**
 * "Separate charges and transfers": money moves from the platform to a connected account whose `transfers`
 * capability is active. With `source_transaction`, the transfers tied to one charge (net of reversals) may not
 * exceed what the charge still holds after refunds. Without it, the platform balance is not modelled.
 */
function create(ctx: Ctx, params: FormParams): Stripe.Transfer {
  params.rejectUnknown([
    "amount",
    "currency",
    "destination",
    "transfer_group",
    "source_transaction",
    "metadata",
    "description",
    "expand",
  ]);
  const amount = params.requiredInteger("amount", { min: 1 });
  const currency = params.requiredString("currency").toLowerCase();
  const destinationId = params.requiredString("destination");
  const destination = own(ctx.state.accounts, destinationId);
  if (!destination) {
    throw invalidRequest(`No such destination: '${destinationId}'`, {
      param: "destination",
      code: "resource_missing",
    });
  }
  if (destination.capabilities?.transfers !== "active") {
    throw invalidRequest(
      "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
      { param: "destination", code: "insufficient_capabilities_for_transfer" },
    );
  }
  const sourceId = params.string("source_transaction");
  if (sourceId) checkSourceCharge(ctx.state, sourceId, amount, currency);

  const id = newId("tr_");
  const transfer: Stripe.Transfer = {
    id,
    object: "transfer",
    amount,
    amount_reversed: 0,
    balance_transaction: newId("txn_"),
    created: ctx.now,
    currency,
    description: params.string("description", { maxLength: 1000 }) ?? null,
    destination: destination.id,
    destination_payment: newId("py_"),
    livemode: false,
    metadata: params.metadata(),
    reversals: { object: "list", data: [], has_more: false, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: sourceId ?? null,
    source_type: "card",
    transfer_group: params.string("transfer_group", { maxLength: 500 }) ?? null,
  };
  ctx.state.transfers[id] = transfer;
  emitEvent(ctx, "transfer.created", transfer);
  return transfer;
}

function checkSourceCharge(state: State, chargeId: string, amount: number, currency: string): void {
  const charge = requireCharge(state, chargeId, "source_transaction");
  if (charge.status !== "succeeded") {
    throw invalidRequest(`Charge ${charge.id} has not succeeded.`, { param: "source_transaction" });
  }
  if (charge.currency !== currency) {
    throw invalidRequest(`The currency must match the source charge's currency (${charge.currency}).`, {
      param: "currency",
    });
  }
  const transferred = Object.values(state.transfers)
    .filter((transfer) => transfer.source_transaction === charge.id)
    .reduce((sum, transfer) => sum + transfer.amount - transfer.amount_reversed, 0);
  const available = charge.amount - charge.amount_refunded - transferred;
  if (amount > available) {
    throw invalidRequest(
      `Insufficient funds: the transfer (${formatAmount(amount, currency)}) exceeds what is left of source charge ${charge.id} (${formatAmount(available, currency)} after refunds and earlier transfers).`,
      { param: "amount", code: "balance_insufficient" },
    );
  }
}

function retrieve(ctx: Ctx, params: FormParams, ids: string[]): Stripe.Transfer {
  params.rejectUnknown(["expand"]);
  return requireTransfer(ctx.state, pathId(ids));
}

function list(ctx: Ctx, params: FormParams): Stripe.ApiList<Stripe.Transfer> {
  params.rejectUnknown([...LIST_PARAMS, "destination", "transfer_group"]);
  const destination = params.string("destination");
  const transferGroup = params.string("transfer_group");
  const transfers = newestFirst(ctx.state.transfers).filter(
    (transfer) =>
      (destination === undefined || transfer.destination === destination) &&
      (transferGroup === undefined || transfer.transfer_group === transferGroup),
  );
  return listPage(transfers, params, "/v1/transfers");
}

/** Takes money back from the connected account, at most what the transfer still has. */
function createReversal(ctx: Ctx, params: FormParams, ids: string[]): Stripe.TransferReversal {
  params.rejectUnknown(["amount", "metadata", "description", "refund_application_fee", "expand"]);
  const transfer = requireTransfer(ctx.state, pathId(ids));
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining <= 0) {
    throw invalidRequest(`Transfer ${transfer.id} has already been reversed in full.`, { param: "amount" });
  }
  const amount = params.integer("amount", { min: 1 }) ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Reversal amount (${formatAmount(amount, transfer.currency)}) is greater than what is left on transfer ${transfer.id} (${formatAmount(remaining, transfer.currency)})`,
      { param: "amount", code: "amount_too_large" },
    );
  }
  const reversal: Stripe.TransferReversal = {
    id: newId("trr_"),
    object: "transfer_reversal",
    amount,
    balance_transaction: newId("txn_"),
    created: ctx.now,
    currency: transfer.currency,
    destination_payment_refund: newId("pyr_"),
    metadata: params.metadata(),
    source_refund: null,
    transfer: transfer.id,
  };
  ctx.state.reversals[reversal.id] = reversal;
  const previous = { amount_reversed: transfer.amount_reversed, reversed: transfer.reversed };
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  transfer.reversals = { ...transfer.reversals, data: [reversal, ...transfer.reversals.data] };
  emitEvent(ctx, "transfer.reversed", transfer, { previousAttributes: previous });
  return reversal;
}

function listReversals(ctx: Ctx, params: FormParams, ids: string[]): Stripe.ApiList<Stripe.TransferReversal> {
  params.rejectUnknown(["limit", "starting_after", "ending_before", "expand"]);
  const transfer = requireTransfer(ctx.state, pathId(ids));
  return listPage(transfer.reversals.data, params, transfer.reversals.url);
}

function retrieveReversal(ctx: Ctx, params: FormParams, ids: string[]): Stripe.TransferReversal {
  params.rejectUnknown(["expand"]);
  const transfer = requireTransfer(ctx.state, pathId(ids));
  const reversal = transfer.reversals.data.find((item) => item.id === pathId(ids, 1));
  if (!reversal) throw missingResource("transfer_reversal", pathId(ids, 1));
  return reversal;
}
