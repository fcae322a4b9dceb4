"use client";

import { useEffect, useRef, useState } from "react";
import { recordedFile, recordingMimeType } from "@/components/media/recording-format";

// Speech needs little: a minute stays far below the 2 MB limit (Chrome's default is 128 kbit/s).
const BITS_PER_SECOND = 32_000;

/**
 * Hold to talk, as in WeChat: `press` starts the microphone, `release` stops and hands the recording
 * over, `cancel` throws it away. A release that comes before the microphone has even opened still
 * ends the recording as soon as it starts. Stops by itself at `maxMs`.
 */
export function useHoldRecorder(maxMs: number, onRecorded: (file: File) => void) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const [recording, setRecording] = useState(false);
  const [elapsedMs, setElapsedMs] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const held = useRef(false);
  const discard = useRef(false);
  const timer = useRef<number | null>(null);
  const done = useRef(onRecorded);
  done.current = onRecorded;

  useEffect(() => {
    setSupported(typeof MediaRecorder !== "undefined" && Boolean(navigator.mediaDevices?.getUserMedia));
    return () => {
      discard.current = true;
      if (timer.current !== null) window.clearInterval(timer.current);
      if (recorder.current?.state === "recording") recorder.current.stop();
    };
  }, []);

  function finish() {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    if (recorder.current?.state === "recording") recorder.current.stop();
  }

  async function press() {
    if (held.current) return;
    held.current = true;
    discard.current = false;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      held.current = false;
      setRefused(true);
      return;
    }
    const mimeType = recordingMimeType();
    const media = new MediaRecorder(stream, {
      ...(mimeType ? { mimeType } : {}),
      audioBitsPerSecond: BITS_PER_SECOND,
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
      done.current(recordedFile(chunks, media, mimeType));
    };
    recorder.current = media;
    media.start(500);
    setElapsedMs(0);
    setRecording(true);
    timer.current = window.setInterval(() => {
      const elapsed = Date.now() - startedAt;
      setElapsedMs(Math.min(elapsed, maxMs));
      if (elapsed >= maxMs) finish();
    }, 200);
    // Let go while the microphone was opening: record nothing more than this moment.
    if (!held.current) finish();
  }

  function release() {
    held.current = false;
    finish();
  }

  function cancel() {
    discard.current = true;
    release();
  }

  return { supported, refused, recording, elapsedMs, press, release, cancel };
}
