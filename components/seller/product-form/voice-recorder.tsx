"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { type Recording, useRecorder } from "@/components/media/use-recorder";
import { MAX_VOICE_BYTES, MAX_VOICE_MS, MIN_VOICE_MS } from "@/lib/seller/limits";
import { FieldError } from "../field-error";
import { Icon } from "../icons";
import { FormSection } from "../section";
import { measureDuration } from "./measure-duration";
import { useErrorText } from "./use-error-text";

const bigButton =
  "relative flex min-h-16 flex-1 cursor-pointer items-center justify-center gap-3 rounded-2xl px-4 text-lg font-bold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-turquoise-600 has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-turquoise-600";
const smallButton =
  "flex min-h-12 flex-1 items-center justify-center gap-2 rounded-2xl px-4 font-bold ring-1 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-turquoise-600";

type Fresh = Recording & { url: string };

/**
 * A seller who cannot write says what the product is: one big button records from the microphone,
 * another stops (or the recorder stops itself at two minutes), and the recording plays back before
 * saving. It travels in a hidden file input, so the form's normal post carries it. Where the browser
 * cannot record or the microphone is refused, the phone's own recorder is offered instead.
 */
export function VoiceRecorder({
  existing,
  messages,
}: {
  existing: { id: string; durationMs: number } | null;
  messages?: string[];
}) {
  const t = useTranslations("seller.form");
  const errorText = useErrorText();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fresh, setFresh] = useState<Fresh | null>(null);
  const [removeExisting, setRemoveExisting] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const recorder = useRecorder(MAX_VOICE_MS, keep);

  const freshUrl = fresh?.url;
  useEffect(
    () => () => {
      if (freshUrl) URL.revokeObjectURL(freshUrl);
    },
    [freshUrl],
  );

  function put(file: File | null) {
    const transfer = new DataTransfer();
    if (file) transfer.items.add(file);
    if (fileRef.current) fileRef.current.files = transfer.files;
  }

  function keep(recording: Recording) {
    if (recording.durationMs < MIN_VOICE_MS) return refuse("voice_too_short");
    if (recording.durationMs > MAX_VOICE_MS) return refuse("voice_too_long");
    if (recording.file.size > MAX_VOICE_BYTES) return refuse("voice_too_large");
    setLocalError(null);
    put(recording.file);
    setFresh({ ...recording, url: URL.createObjectURL(recording.file) });
  }

  function refuse(code: string) {
    setLocalError(code);
    discard();
  }

  function discard() {
    put(null);
    setFresh(null);
  }

  async function onPick(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    const durationMs = await measureDuration(file);
    if (durationMs === null) return refuse("voice_not_audio");
    keep({ file, durationMs });
  }

  function startRecording() {
    setLocalError(null);
    discard();
    void recorder.start();
  }

  const errors = [...(messages ?? []), ...(localError ? [errorText(localError)] : [])];
  const fallback = recorder.supported === false || recorder.refused;
  const seconds = Math.floor(recorder.elapsedMs / 1000);
  const maxSeconds = MAX_VOICE_MS / 1000;

  return (
    <FormSection icon="mic" title={t("voice")} titleId="voice-title" invalid={errors.length > 0}>
      <p className="mb-3 text-earth-700">{t("voiceHint")}</p>

      {existing && !fresh ? (
        <div
          className={`mb-3 rounded-2xl p-3 ring-1 ${removeExisting ? "bg-red-50 ring-red-200" : "bg-turquoise-50 ring-turquoise-100"}`}
        >
          <p className="mb-2 flex items-center gap-2 font-semibold">
            <Icon name="checkCircle" className="h-5 w-5 text-turquoise-700" />
            {t("savedVoice")}
          </p>
          {removeExisting ? (
            <>
              <input type="hidden" name="removeVoiceNote" value="on" />
              <p className="mb-2 font-semibold text-red-800">{t("willRemoveVoice")}</p>
            </>
          ) : (
            // biome-ignore lint/a11y/useMediaCaption: the seller's own spoken words, never written down
            <audio
              controls
              preload="none"
              src={`/voice/${existing.id}`}
              aria-label={t("playerLabel")}
              className="mb-2 w-full"
            />
          )}
          <button
            type="button"
            onClick={() => setRemoveExisting(!removeExisting)}
            className={`${smallButton} w-full bg-white text-earth-900 ring-earth-100`}
          >
            <Icon name={removeExisting ? "undo" : "trash"} className="h-6 w-6" />
            {t(removeExisting ? "keepVoice" : "deleteVoice")}
          </button>
        </div>
      ) : null}

      {fresh ? (
        <div className="mb-3 rounded-2xl bg-turquoise-50 p-3 ring-2 ring-turquoise-500">
          <p className="mb-2 flex items-center gap-2 font-semibold">
            <Icon name="mic" className="h-5 w-5 text-turquoise-700" />
            {t("newVoice")} ({t("elapsed", { seconds: Math.round(fresh.durationMs / 1000), max: maxSeconds })}
            )
          </p>
          {/* biome-ignore lint/a11y/useMediaCaption: the seller's own spoken words, never written down */}
          <audio controls src={fresh.url} aria-label={t("playerLabel")} className="mb-2 w-full" />
          <button
            type="button"
            onClick={discard}
            className={`${smallButton} w-full bg-white text-earth-900 ring-earth-100`}
          >
            <Icon name="trash" className="h-6 w-6" />
            {t("deleteVoice")}
          </button>
        </div>
      ) : null}

      {recorder.recording ? (
        <button
          type="button"
          onClick={recorder.stop}
          className={`${bigButton} w-full bg-red-700 text-white hover:bg-red-600`}
        >
          <Icon name="square" className="h-8 w-8" />
          <span>{t("stop")}</span>
          <span className="ml-2 flex items-center gap-2 rounded-full bg-white/20 px-3 py-1 text-base tabular-nums">
            <span aria-hidden="true" className="h-3 w-3 animate-pulse rounded-full bg-white" />
            <span className="sr-only">{t("recording")}: </span>
            {t("elapsed", { seconds, max: maxSeconds })}
          </span>
        </button>
      ) : fallback ? (
        <div>
          <p className="mb-2 flex items-start gap-2 font-semibold text-earth-900">
            <Icon name="alert" className="mt-0.5 h-5 w-5 text-amber-700" />
            {t(recorder.refused ? "micRefused" : "noRecorder")}
          </p>
          <label className={`${bigButton} bg-turquoise-700 text-white hover:bg-turquoise-600`}>
            <Icon name="mic" className="h-9 w-9" />
            <span>{t("phoneRecorder")}</span>
            <input
              type="file"
              accept="audio/*"
              capture
              onChange={onPick}
              className="sr-only"
              aria-describedby={errors.length ? "voiceNote-error" : undefined}
            />
          </label>
        </div>
      ) : (
        <button
          type="button"
          onClick={startRecording}
          disabled={recorder.supported === null}
          aria-describedby={errors.length ? "voiceNote-error" : undefined}
          className={`${bigButton} w-full bg-turquoise-700 text-white hover:bg-turquoise-600 disabled:opacity-60`}
        >
          <Icon name="mic" className="h-9 w-9" />
          <span>{t(fresh || existing ? "recordAgain" : "record")}</span>
        </button>
      )}

      <input ref={fileRef} type="file" name="voiceNote" hidden tabIndex={-1} />
      {fresh ? <input type="hidden" name="voiceNoteDurationMs" value={fresh.durationMs} /> : null}
      <FieldError id="voiceNote-error" messages={errors.length ? errors : undefined} />
    </FormSection>
  );
}
