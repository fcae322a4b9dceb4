// Bounds of a product as a seller enters it; the form shows them and the server enforces them.
export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 2000;
export const MIN_PRICE_FEN = 1;
export const MAX_PRICE_FEN = 100_000_000; // 1,000,000 yuan
export const MAX_STOCK = 100_000;
export const SELLER_PRODUCT_STATUSES = ["ACTIVE", "DRAFT"] as const;
export type SellerProductStatus = (typeof SELLER_PRODUCT_STATUSES)[number];
export const PRODUCT_UNITS = ["PIECE", "JIN", "BOX", "KG", "BOTTLE"] as const;
/** A tracking number as the couriers print them: letters and digits only. */
export const TRACKING_PATTERN = /^[A-Z0-9]{6,32}$/;
/** A voice description: at most 3 MB and 1 to 120 seconds (the recorder stops itself at 120). */
export const MAX_VOICE_BYTES = 3 * 1024 * 1024;
export const MIN_VOICE_MS = 1000;
export const MAX_VOICE_MS = 120_000;
