"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Icon } from "../icons";

// The Barcode Detection API is not in TypeScript's DOM library yet; this is the part we use.
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = new () => BarcodeDetectorLike;

function stopStream(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop();
}

function detectorClass(): BarcodeDetectorClass | null {
  if (typeof window === "undefined" || !navigator.mediaDevices?.getUserMedia) return null;
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;
}

/**
 * Reads a waybill's barcode with the phone camera, where the browser can (Chrome on Android does).
 * Elsewhere it does not appear at all: typing the number always works.
 */
export function ScanButton({ onResult }: { onResult: (value: string) => void }) {
  const t = useTranslations("seller.order");
  const [supported, setSupported] = useState(false);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const videoRef = useRef<HTMLVideoElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => setSupported(detectorClass() !== null), []);

  useEffect(() => {
    const Detector = detectorClass();
    if (!open || !Detector) return;
    dialogRef.current?.showModal();
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const detector = new Detector();
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped) return stopStream(media);
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = media;
        await video.play();
        timer = window.setInterval(async () => {
          const found = await detector.detect(video).catch(() => []);
          const value = found[0]?.rawValue.replace(/\s+/g, "");
          if (value) {
            onResult(value);
            setOpen(false);
          }
        }, 300);
      })
      .catch(() => {
        setFailed(true);
        setOpen(false);
      });
    return () => {
      stopped = true;
      window.clearInterval(timer);
      if (stream) stopStream(stream);
      dialogRef.current?.close();
    };
  }, [open, onResult]);

  if (!supported) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setFailed(false);
          setOpen(true);
        }}
        className="flex min-h-16 shrink-0 items-center justify-center gap-2 rounded-2xl bg-turquoise-50 px-4 text-lg font-bold text-turquoise-900 ring-1 ring-turquoise-100 hover:bg-turquoise-100"
      >
        <Icon name="scan" className="h-8 w-8" />
        {t("scan")}
      </button>
      {failed ? (
        <p role="alert" className="basis-full font-semibold text-red-800">
          {t("scanFailed")}
        </p>
      ) : null}
      <dialog
        ref={dialogRef}
        onClose={() => setOpen(false)}
        aria-labelledby="scan-title"
        className="m-auto w-[min(92vw,32rem)] rounded-3xl p-4 backdrop:bg-black/70"
      >
        <p id="scan-title" className="mb-3 flex items-center gap-2 text-lg font-bold">
          <Icon name="scan" className="h-7 w-7" />
          {t("scanTitle")}
        </p>
        <video
          ref={videoRef}
          muted
          playsInline
          className="aspect-[4/3] w-full rounded-2xl bg-black object-cover"
        />
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="mt-3 flex min-h-14 w-full items-center justify-center gap-2 rounded-2xl bg-earth-100 text-lg font-bold"
        >
          <Icon name="close" className="h-7 w-7" />
          {t("scanClose")}
        </button>
      </dialog>
    </>
  );
}
