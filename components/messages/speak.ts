"use client";

/**
 * Reads a text aloud with the browser's own voice (speechSynthesis), in Mandarin unless told
 * otherwise: for a seller who cannot read her messages. Does nothing where the browser has no voice.
 */
export function speak(text: string, lang = "zh-CN") {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
}

/** A short two-note chime, made on the spot (no sound file to fetch), before a spoken alert. */
export function chime() {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const gain = context.createGain();
  gain.connect(context.destination);
  gain.gain.setValueAtTime(0.2, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.6);
  for (const [index, frequency] of [880, 1320].entries()) {
    const tone = context.createOscillator();
    tone.frequency.value = frequency;
    tone.connect(gain);
    tone.start(context.currentTime + index * 0.15);
    tone.stop(context.currentTime + 0.6);
  }
  window.setTimeout(() => void context.close(), 1000);
}
