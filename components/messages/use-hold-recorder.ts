"use client";

import { useRef } from "react";
import { useRecorder } from "@/components/media/use-recorder";

// Speech needs little: a minute stays far below the 2 MB limit (Chrome's default is 128 kbit/s).
const BITS_PER_SECOND = 32_000;

/**
 * Hold to talk, as in WeChat: `press` starts the microphone, `release` stops and hands the recording
 * over, `cancel` throws it away. A release that comes before the microphone has even opened still
 * ends the recording as soon as it starts. Stops by itself at `maxMs`.
 */
export function useHoldRecorder(maxMs: number, onRecorded: (file: File) => void) {
  const held = useRef(false);
  const {
    start,
    stop,
    cancel: discard,
    ...state
  } = useRecorder(maxMs, ({ file }) => onRecorded(file), {
    audioBitsPerSecond: BITS_PER_SECOND,
  });

  async function press() {
    if (held.current) return;
    held.current = true;
    const started = await start();
    // Let go while the microphone was opening: record nothing more than this moment.
    if (!started || !held.current) {
      held.current = false;
      stop();
    }
  }

  function release() {
    held.current = false;
    stop();
  }

  function cancel() {
    held.current = false;
    discard();
  }

  return { ...state, press, release, cancel };
}
