"use client";

import { useEffect, useRef, useState } from "react";
import { recordedFile, recordingMimeType } from "@/components/media/recording-format";

export type Recording = { file: File; durationMs: number };

/**
 * The phone's microphone through MediaRecorder. `supported` is null until mounted (the server cannot
 * know), then false where the browser has no recorder; `refused` once the microphone is not allowed.
 * Stops by itself at `maxMs`.
 */
export function useRecorder(maxMs: number, onDone: (recording: Recording) => void) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const [recording, setRecording] = useState(false);
  const [elapsedMs, setElapsedMs] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const timer = useRef<number | null>(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    setSupported(typeof MediaRecorder !== "undefined" && Boolean(navigator.mediaDevices?.getUserMedia));
    return () => {
      if (timer.current !== null) window.clearInterval(timer.current);
      if (recorder.current?.state === "recording") recorder.current.stop();
    };
  }, []);

  function stop() {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    if (recorder.current?.state === "recording") recorder.current.stop();
  }

  async function start() {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setRefused(true);
      return;
    }
    const mimeType = recordingMimeType();
    const media = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    media.onstop = () => {
      for (const track of stream.getTracks()) track.stop();
      setRecording(false);
      const file = recordedFile(chunks, media, mimeType);
      // The automatic stop lands a few milliseconds past the limit: that is still a full recording.
      done.current({ file, durationMs: Math.min(Date.now() - startedAt, maxMs) });
    };
    recorder.current = media;
    media.start(1000);
    setElapsedMs(0);
    setRecording(true);
    timer.current = window.setInterval(() => {
      const elapsed = Date.now() - startedAt;
      setElapsedMs(Math.min(elapsed, maxMs));
      if (elapsed >= maxMs) stop();
    }, 250);
  }

  return { supported, refused, recording, elapsedMs, start, stop };
}

/** How long a picked audio file plays, in ms; null when the browser cannot tell. */
export function measureDuration(file: File): Promise<number | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const audio = new Audio();
    const finish = (value: number | null) => {
      URL.revokeObjectURL(url);
      resolve(value);
    };
    audio.preload = "metadata";
    audio.onloadedmetadata = () =>
      finish(Number.isFinite(audio.duration) ? Math.round(audio.duration * 1000) : null);
    audio.onerror = () => finish(null);
    audio.src = url;
  });
}
