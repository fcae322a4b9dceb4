"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_PRODUCT } from "@/lib/images/limits";
import { FieldError } from "../field-error";
import { Icon } from "../icons";
import { FormSection } from "../section";
import { shrinkPhoto } from "./shrink-photo";
import { useErrorText } from "./use-error-text";

type NewPhoto = { key: number; file: File; url: string; drawable: boolean };

const pickButton =
  "relative flex min-h-16 flex-1 cursor-pointer items-center justify-center gap-3 rounded-2xl px-4 text-lg font-bold has-[input:disabled]:cursor-not-allowed has-[input:disabled]:opacity-50 has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-turquoise-600";

/**
 * Photos first: a big camera button (the phone opens its camera), another for the album, and the
 * pictures so far. Every new photo travels in one hidden file input, rebuilt after each pick, so one
 * form post carries them all; photos already stored are removed by id.
 */
export function PhotoPicker({ existingIds, messages }: { existingIds: string[]; messages?: string[] }) {
  const t = useTranslations("seller.form");
  const errorText = useErrorText();
  const filesRef = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [added, setAdded] = useState<NewPhoto[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = existingIds.length - removed.length + added.length;
  const full = count >= MAX_PHOTOS_PER_PRODUCT;

  const urls = useRef<string[]>([]);
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  function keep(list: NewPhoto[]) {
    const transfer = new DataTransfer();
    for (const photo of list) transfer.items.add(photo.file);
    if (filesRef.current) filesRef.current.files = transfer.files;
    setAdded(list);
  }

  async function addFiles(picked: File[]) {
    setLocalError(null);
    setBusy(true);
    const room = MAX_PHOTOS_PER_PRODUCT - count;
    const fresh: NewPhoto[] = [];
    for (const original of picked) {
      if (fresh.length >= room) {
        setLocalError("photos_too_many");
        break;
      }
      const { file, drawable } = await shrinkPhoto(original);
      if (file.size > MAX_PHOTO_BYTES) {
        setLocalError("photo_too_large");
        continue;
      }
      const url = URL.createObjectURL(file);
      urls.current.push(url);
      fresh.push({ key: nextKey.current++, file, url, drawable });
    }
    keep([...added, ...fresh]);
    setBusy(false);
  }

  function onPick(event: React.ChangeEvent<HTMLInputElement>) {
    const picked = Array.from(event.currentTarget.files ?? []);
    event.currentTarget.value = "";
    void addFiles(picked);
  }

  function drop(photo: NewPhoto) {
    URL.revokeObjectURL(photo.url);
    keep(added.filter((other) => other.key !== photo.key));
  }

  const errors = [...(messages ?? []), ...(localError ? [errorText(localError)] : [])];
  const counter = (
    <span className="flex items-center gap-1" title={t("photoCount", { count, max: MAX_PHOTOS_PER_PRODUCT })}>
      <span className="sr-only">{t("photoCount", { count, max: MAX_PHOTOS_PER_PRODUCT })}</span>
      {Array.from({ length: MAX_PHOTOS_PER_PRODUCT }, (_, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed slots, one per allowed photo
          key={i}
          aria-hidden="true"
          className={`h-3.5 w-3.5 rounded-sm ${i < count ? "bg-turquoise-600" : "bg-earth-100"}`}
        />
      ))}
    </span>
  );

  return (
    <FormSection
      icon="camera"
      title={t("photos")}
      titleId="photos-title"
      aside={counter}
      invalid={errors.length > 0}
    >
      {existingIds.length + added.length > 0 ? (
        <ul className="mb-3 grid grid-cols-3 gap-2 sm:grid-cols-6">
          {existingIds.map((id, index) => {
            const gone = removed.includes(id);
            return (
              <li key={id} className="relative">
                {/* biome-ignore lint/performance/noImgElement: stored photos come from our own image route */}
                <img
                  src={`/images/${id}`}
                  alt={t("photoAlt", { n: index + 1 })}
                  className={`aspect-square w-full rounded-2xl object-cover ${gone ? "opacity-30 grayscale" : ""}`}
                />
                {gone ? <input type="hidden" name="removeImageIds" value={id} /> : null}
                <button
                  type="button"
                  onClick={() =>
                    setRemoved(gone ? removed.filter((other) => other !== id) : [...removed, id])
                  }
                  aria-label={t(gone ? "keepPhoto" : "removePhoto", { n: index + 1 })}
                  className={`absolute top-1 right-1 flex h-11 w-11 items-center justify-center rounded-full text-white shadow ${
                    gone ? "bg-turquoise-700" : "bg-earth-900/80"
                  }`}
                >
                  <Icon name={gone ? "undo" : "close"} className="h-6 w-6" />
                </button>
                {gone ? (
                  <span className="absolute inset-x-1 bottom-1 rounded-lg bg-white/90 px-1 text-center text-xs font-bold text-red-700">
                    {t("willRemove")}
                  </span>
                ) : null}
              </li>
            );
          })}
          {added.map((photo, index) => (
            <li key={photo.key} className="relative">
              {photo.drawable ? (
                // biome-ignore lint/performance/noImgElement: a local preview (blob: URL)
                <img
                  src={photo.url}
                  alt={t("photoAlt", { n: existingIds.length + index + 1 })}
                  className="aspect-square w-full rounded-2xl object-cover ring-4 ring-turquoise-500"
                />
              ) : (
                // A file this browser cannot show is most likely not a photo: say so before it is sent.
                <span
                  role="img"
                  aria-label={`${t("photoAlt", { n: existingIds.length + index + 1 })}: ${t("noPreview")}`}
                  className="flex aspect-square w-full flex-col items-center justify-center gap-1 rounded-2xl bg-red-50 p-1 text-red-800 ring-4 ring-red-300"
                >
                  <Icon name="alert" className="h-9 w-9" />
                  <span className="w-full truncate text-center text-xs">{photo.file.name}</span>
                </span>
              )}
              <button
                type="button"
                onClick={() => drop(photo)}
                aria-label={t("removePhoto", { n: existingIds.length + index + 1 })}
                className="absolute top-1 right-1 flex h-11 w-11 items-center justify-center rounded-full bg-earth-900/80 text-white shadow"
              >
                <Icon name="close" className="h-6 w-6" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="flex flex-col gap-2 sm:flex-row">
        <label className={`${pickButton} bg-turquoise-700 text-white hover:bg-turquoise-600`}>
          {busy ? (
            <Icon name="spinner" className="h-9 w-9 animate-spin" />
          ) : (
            <Icon name="camera" className="h-9 w-9" />
          )}
          <span>{t("takePhoto")}</span>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            disabled={full}
            onChange={onPick}
            className="sr-only"
            aria-describedby={errors.length ? "photos-error" : undefined}
          />
        </label>
        <label
          className={`${pickButton} bg-turquoise-50 text-turquoise-900 ring-1 ring-turquoise-100 hover:bg-turquoise-100`}
        >
          <Icon name="album" className="h-8 w-8" />
          <span>{t("fromAlbum")}</span>
          <input
            type="file"
            accept="image/*"
            multiple
            disabled={full}
            onChange={onPick}
            className="sr-only"
          />
        </label>
      </div>
      <input ref={filesRef} type="file" name="photos" multiple hidden tabIndex={-1} />
      {full ? (
        <p className="mt-2 flex items-center gap-2 font-semibold text-earth-700">
          <Icon name="checkCircle" className="h-5 w-5" />
          {t("photosFull")}
        </p>
      ) : null}
      <FieldError id="photos-error" messages={errors.length ? errors : undefined} />
    </FormSection>
  );
}
