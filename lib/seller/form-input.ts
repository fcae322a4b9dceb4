// Reads the product form's FormData into the plain object the use cases parse. Nothing is trusted
// here: it only gathers, the use case decides.
const TEXT_FIELDS = [
  "productId",
  "titleZh",
  "titleEn",
  "descriptionZh",
  "descriptionEn",
  "categoryId",
  "priceYuan",
  "stock",
  "unit",
  "status",
  "voiceNoteDurationMs",
  "removeVoiceNote",
] as const;

// A file input left empty still posts one empty file with an empty filename. Decoding a server
// action's body (React's busboy reader) turns that missing name into "undefined" (or "blob" where
// there is no File class). Any other empty file was chosen, and is refused as empty.
const UNTOUCHED_FILE_NAMES = new Set(["", "undefined", "blob"]);
const isChosenFile = (value: FormDataEntryValue): value is File =>
  typeof value !== "string" && !(value.size === 0 && UNTOUCHED_FILE_NAMES.has(value.name));

export function productFormInput(formData: FormData) {
  const fields: Record<string, FormDataEntryValue | null> = {};
  for (const name of TEXT_FIELDS) fields[name] = formData.get(name);
  return {
    ...fields,
    photos: formData.getAll("photos").filter(isChosenFile),
    removeImageIds: formData.getAll("removeImageIds").filter((value) => typeof value === "string"),
    // An empty voice file is never a recording: some browsers post the untouched input under a name.
    voiceNote: formData
      .getAll("voiceNote")
      .find((value): value is File => typeof value !== "string" && value.size > 0),
  };
}

export function shipFormInput(formData: FormData) {
  return {
    shopOrderId: formData.get("shopOrderId"),
    courier: formData.get("courier"),
    trackingNumber: formData.get("trackingNumber"),
  };
}
