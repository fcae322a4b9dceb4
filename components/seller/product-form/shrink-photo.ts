// Phone photos are 3–12 MB; the server keeps 1200 px anyway. Shrinking in the browser first makes the
// upload fast on a village connection and keeps six photos under the request size limit. A file the
// browser cannot draw (HEIC on Android, or not a picture at all) goes up as it is for the server to judge.
const CLIENT_MAX_SIDE = 2000;
const SMALL_ENOUGH_BYTES = 1_500_000;

/** The file to upload, and whether this browser could draw it (if not, it shows no preview). */
export async function shrinkPhoto(file: File): Promise<{ file: File; drawable: boolean }> {
  if (typeof createImageBitmap !== "function") return { file, drawable: true };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return { file, drawable: false };
  }
  try {
    const scale = Math.min(1, CLIENT_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= SMALL_ENOUGH_BYTES) return { file, drawable: true };
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext("2d");
    if (!context) return { file, drawable: true };
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.9));
    if (!blob) return { file, drawable: true };
    const name = `${file.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`;
    return { file: new File([blob], name, { type: "image/jpeg" }), drawable: true };
  } finally {
    bitmap.close();
  }
}
