// Shared by the photo picker (to warn before uploading) and the server (which decides).
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS_PER_PRODUCT = 6;
/** Longest side of a stored photo: sharp enough for a phone screen, small enough for village uplinks. */
export const MAX_PHOTO_SIDE = 1200;
