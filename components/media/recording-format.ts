// What the browser's MediaRecorder can make, and the file a recording becomes: shared by the seller's
// voice note and the voice messages, so both send the server the same kinds of file.

// Chrome and Firefox record WebM/Opus or Ogg, Safari MP4/AAC: the first one this browser can make.
const RECORDING_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];

/** The recording type to ask MediaRecorder for, or undefined to take the browser's default. */
export function recordingMimeType(): string | undefined {
  return RECORDING_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

/** The recorded chunks as a file named by its real type (`voice.webm`, `voice.mp4`, …). */
export function recordedFile(chunks: Blob[], media: MediaRecorder, asked: string | undefined): File {
  const type = (media.mimeType || asked || "audio/webm").split(";")[0] ?? "audio/webm";
  return new File(chunks, `voice.${type.split("/")[1] ?? "webm"}`, { type });
}
