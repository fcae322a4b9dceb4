"use client";

import { useEffect, useRef, useState } from "react";
import { recordedFile, recordingMimeType } from "./recording-format";

export type Recording = { file: File; durationMs: number };

/**
 * The phone's microphone through MediaRecorder. `supported` is null until mounted (the server cannot
 * know), then false where the browser has no recorder; `refused` once the microphone is not allowed.
 * `start` resolves true once recording; `stop` hands the recording to `onDone`, `cancel` throws it
 * away. Stops by itself at `maxMs`.
 */
export function useRecorder(
  maxMs: number,
  onDone: (recording: Recording) => void,
  options: { audioBitsPerSecond?: number } = {},
) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const [recording, setRecording] = useState(false);
  const [elapsedMs, setElapsedMs] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const discard = useRef(false);
  const timer = useRef<number | null>(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    setSupported(typeof MediaRecorder !== "undefined" && Boolean(navigator.mediaDevices?.getUserMedia));
    return () => {
      // Gone from the page: nobody is there to receive the recording.
      discard.current = true;
      if (timer.current !== null) window.clearInterval(timer.current);
      if (recorder.current?.state === "recording") recorder.current.stop();
    };
  }, []);

  function stop() {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    if (recorder.current?.state === "recording") recorder.current.stop();
  }

  function cancel() {
    discard.current = true;
    stop();
  }

  async function start(): Promise<boolean> {
    discard.current = false;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setRefused(true);
      return false;
    }
    const mimeType = recordingMimeType();
    const media = new MediaRecorder(stream, {
      ...(mimeType ? { mimeType } : {}),
      ...(options.audioBitsPerSecond ? { audioBitsPerSecond: options.audioBitsPerSecond } : {}),
    });
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    media.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      setRecording(false);
      recorder.current = null;
      if (discard.current) return;
      const file = recordedFile(chunks, media, mimeType);
      // The automatic stop lands a few milliseconds past the limit: that is still a full recording.
      done.current({ file, durationMs: Math.min(Date.now() - startedAt, maxMs) });
    };
    recorder.current = media;
    media.start(500);
    setElapsedMs(0);
    setRecording(true);
    timer.current = window.setInterval(() => {
      const elapsed = Date.now() - startedAt;
      setElapsedMs(Math.min(elapsed, maxMs));
      if (elapsed >= maxMs) stop();
    }, 200);
    return true;
  }

  return { supported, refused, recording, elapsedMs, start, stop, cancel };
}
