/** The most of one product a cart line may hold: a village shop's parcel, not a wholesale order. */
export const MAX_QUANTITY = 99;
/** httpOnly cookie holding a signed-out visitor's Cart id (never a signed-in buyer's). */
export const CART_COOKIE = "xy_cart";
/** Its name on https: `__Host-` makes the browser insist on Secure, path / and no Domain. */
export const SECURE_CART_COOKIE = `__Host-${CART_COOKIE}`;
