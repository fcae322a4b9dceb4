import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getVoice } from "@/app/voice/[id]/route";
import { db } from "@/lib/db/client";
import { createSellerProduct } from "@/lib/seller/create-product";
import { MAX_VOICE_BYTES } from "@/lib/seller/limits";
import { updateSellerProduct } from "@/lib/seller/update-product";
import { isPlayableAudio } from "@/lib/seller/voice-decode";
import { detectAudioType } from "@/lib/seller/voice-note";
import { createUser } from "../support/factories";
import { fileOf, productForm, sellerWithShop } from "../support/seller-factories";

// The voice route asks who is signed in only for a hidden product's note: here, nobody is.
vi.mock("@/lib/auth/session", () => ({ sessionUserId: async () => null }));

const WEBM_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];

/** Two-second spoken recordings (espeak-ng, then ffmpeg: Opus in WebM and Ogg, AAC in MP4). */
const RECORDINGS = [
  ["voice.webm", "audio/webm"],
  ["voice.ogg", "audio/ogg"],
  ["voice.m4a", "audio/mp4"],
] as const;
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const WEBM = fixture("voice.webm");

/** A real recording as the browser's MediaRecorder sends it. */
function webmFile(name = "voice.webm") {
  return fileOf(WEBM, name, "audio/webm");
}

/** A recording's first bytes (its header and track description) followed by noise of the same length. */
function headerThenGarbage(bytes: Uint8Array, headerBytes = 400) {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes.subarray(0, headerBytes));
  let seed = 12345;
  for (let i = headerBytes; i < out.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 24;
  }
  return out;
}

/** A file that starts like WebM and is padding after: too large to be read at all. */
function paddedWebm(size: number) {
  const bytes = new Uint8Array(size);
  bytes.set(WEBM_MAGIC);
  bytes.fill(7, WEBM_MAGIC.length);
  return fileOf(bytes, "voice.webm", "audio/webm");
}

// Recordings are checked by Debian's ffmpeg, as in production (.ci/run and `npm start` install it).
beforeAll(() => {
  if (spawnSync("ffmpeg", ["-version"]).status !== 0) {
    throw new Error("ffmpeg is not installed: apt-get install ffmpeg (the voice checks need it)");
  }
});

const notes = () => db.productVoiceNote.count();

async function productWithNote(status: "ACTIVE" | "DRAFT" = "ACTIVE") {
  const context = await sellerWithShop();
  const result = await createSellerProduct(
    context.seller.id,
    await productForm(context.category.id, { status, voiceNote: webmFile(), voiceNoteDurationMs: "15000" }),
  );
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  const note = await db.productVoiceNote.findUniqueOrThrow({ where: { productId: result.data.productId } });
  return { ...context, productId: result.data.productId, note };
}

function serve(id: string) {
  return getVoice(new Request(`http://localhost/voice/${id}`), { params: Promise.resolve({ id }) });
}

describe("a seller records a voice description", () => {
  it("stores the recording with the type read from its bytes and the duration", async () => {
    const { note } = await productWithNote();
    expect(note).toMatchObject({ mimeType: "audio/webm", durationMs: 15000 });
    expect(new Uint8Array(note.data)).toEqual(WEBM);
  });

  it.each([
    ["Ogg", [..."OggS"].map((c) => c.charCodeAt(0)), "audio/ogg"],
    ["M4A", [0, 0, 0, 0x20, ..."ftypM4A ".split("").map((c) => c.charCodeAt(0))], "audio/mp4"],
    ["WAV", [..."RIFF\0\0\0\0WAVE"].map((c) => c.charCodeAt(0)), "audio/wav"],
    ["MP3 with a tag", [..."ID3"].map((c) => c.charCodeAt(0)), "audio/mpeg"],
    ["bare MP3", [0xff, 0xfb, 0x90], "audio/mpeg"],
    ["text", [..."hello"].map((c) => c.charCodeAt(0)), null],
  ])("knows %s by its first bytes", (_kind, head, type) => {
    expect(detectAudioType(new Uint8Array([...head, 0, 0, 0, 0]))).toBe(type);
  });

  it("refuses a text file named .webm on the voice field and writes nothing", async () => {
    const { seller, category } = await sellerWithShop();
    const [products, before] = [await db.product.count(), await notes()];
    const text = new File(["this is not a recording"], "voice.webm", { type: "audio/webm" });
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, { voiceNote: text, voiceNoteDurationMs: "5000" }),
    );
    expect(result).toEqual({
      ok: false,
      error: "invalid_input",
      fieldErrors: { voiceNote: ["voice_not_audio"] },
    });
    expect([await db.product.count(), await notes()]).toEqual([products, before]);
  });

  it.each(RECORDINGS)("stores a real %s recording", async (name, type) => {
    const { seller, category } = await sellerWithShop();
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, {
        voiceNote: fileOf(fixture(name), name, type),
        voiceNoteDurationMs: "2000",
      }),
    );
    expect(result.ok).toBe(true);
  });

  it.each(RECORDINGS)("refuses a %s header followed by garbage and writes nothing", async (name, type) => {
    const { seller, category } = await sellerWithShop();
    const [products, before] = [await db.product.count(), await notes()];
    const fake = headerThenGarbage(fixture(name));
    expect(detectAudioType(fake)).toBe(type);
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, { voiceNote: fileOf(fake, name, type), voiceNoteDurationMs: "2000" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { voiceNote: ["voice_not_audio"] } });
    expect([await db.product.count(), await notes()]).toEqual([products, before]);
  });

  describe("checked by ffmpeg", () => {
    it.each(RECORDINGS)("decodes a real %s recording", async (name, type) => {
      expect(await isPlayableAudio(fixture(name), type, "ffmpeg")).toBe(true);
    });

    it.each(RECORDINGS)("refuses a %s header followed by garbage", async (name, type) => {
      for (const headerBytes of [64, 400]) {
        const fake = headerThenGarbage(fixture(name), headerBytes);
        expect(await isPlayableAudio(fake, type, "ffmpeg")).toBe(false);
      }
    });

    it("refuses bare magic numbers", async () => {
      const magic = new Uint8Array([...WEBM_MAGIC, 0, 0, 0, 0]);
      expect(await isPlayableAudio(magic, "audio/webm", "ffmpeg")).toBe(false);
    });
  });

  // Without ffmpeg (the embedded `npm start` on a bare machine) only the container is read: it wants
  // an audio track with a length, so a cut header or broken Ogg pages and MP4 atoms are refused; a
  // WebM whose whole header is intact but whose frames are noise gets through, which ffmpeg catches.
  describe("checked by the container parser", () => {
    it.each(RECORDINGS)("reads a real %s recording", async (name, type) => {
      expect(await isPlayableAudio(fixture(name), type, "parser")).toBe(true);
    });

    it.each([
      ["a WebM cut after its first bytes", "voice.webm", "audio/webm", 64],
      ["an Ogg with noise pages", "voice.ogg", "audio/ogg", 400],
      ["an Ogg cut after its first bytes", "voice.ogg", "audio/ogg", 64],
      ["an MP4 with noise atoms", "voice.m4a", "audio/mp4", 400],
    ] as const)("refuses %s", async (_what, name, type, headerBytes) => {
      const fake = headerThenGarbage(fixture(name), headerBytes);
      expect(await isPlayableAudio(fake, type, "parser")).toBe(false);
    });

    it("refuses bare magic numbers", async () => {
      const magic = new Uint8Array([...WEBM_MAGIC, 0, 0, 0, 0]);
      expect(await isPlayableAudio(magic, "audio/webm", "parser")).toBe(false);
    });
  });

  it("refuses a recording over 3 MB and writes nothing", async () => {
    const { seller, category } = await sellerWithShop();
    const [products, before] = [await db.product.count(), await notes()];
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, {
        voiceNote: paddedWebm(MAX_VOICE_BYTES + 1),
        voiceNoteDurationMs: "5000",
      }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { voiceNote: ["voice_too_large"] } });
    expect([await db.product.count(), await notes()]).toEqual([products, before]);
  });

  it.each([
    ["0 s", "0", "voice_too_short"],
    ["121 s", "121000", "voice_too_long"],
    ["not a number", "long", "voice_duration_invalid"],
    ["missing", "", "voice_duration_invalid"],
  ])("refuses a duration of %s and writes nothing", async (_what, duration, code) => {
    const { seller, category } = await sellerWithShop();
    const [products, before] = [await db.product.count(), await notes()];
    const result = await createSellerProduct(
      seller.id,
      await productForm(category.id, { voiceNote: webmFile(), voiceNoteDurationMs: duration }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { voiceNote: [code] } });
    expect([await db.product.count(), await notes()]).toEqual([products, before]);
  });

  it("refuses a buyer and writes nothing", async () => {
    const { category } = await sellerWithShop();
    const buyer = await createUser("BUYER");
    const [products, before] = [await db.product.count(), await notes()];
    const result = await createSellerProduct(
      buyer.id,
      await productForm(category.id, { voiceNote: webmFile(), voiceNoteDurationMs: "5000" }),
    );
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect([await db.product.count(), await notes()]).toEqual([products, before]);
  });
});

describe("a seller changes a product's voice description", () => {
  it("replaces the note with a new recording under a new id", async () => {
    const { seller, category, productId, note } = await productWithNote();
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, {
        productId,
        photos: [],
        voiceNote: fileOf(fixture("voice.ogg"), "voice.ogg", "audio/ogg"),
        voiceNoteDurationMs: "120000",
      }),
    );
    expect(result).toEqual({ ok: true, data: { productId } });
    const after = await db.productVoiceNote.findUniqueOrThrow({ where: { productId } });
    expect(after.id).not.toBe(note.id);
    expect(after).toMatchObject({ durationMs: 120000, mimeType: "audio/ogg" });
    expect(new Uint8Array(after.data)).toEqual(fixture("voice.ogg"));
  });

  it("removes the note, and keeps it when nothing is asked", async () => {
    const { seller, category, productId, note } = await productWithNote();
    await updateSellerProduct(seller.id, await productForm(category.id, { productId, photos: [] }));
    expect((await db.productVoiceNote.findUnique({ where: { productId } }))?.id).toBe(note.id);
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, { productId, photos: [], removeVoiceNote: "on" }),
    );
    expect(result.ok).toBe(true);
    expect(await db.productVoiceNote.findUnique({ where: { productId } })).toBeNull();
  });

  it("refuses a bad recording on edit and changes nothing else", async () => {
    const { seller, category, productId, note } = await productWithNote();
    const result = await updateSellerProduct(
      seller.id,
      await productForm(category.id, {
        productId,
        photos: [],
        titleZh: "改名",
        voiceNote: fileOf(new TextEncoder().encode("<html>"), "x.webm", "audio/webm"),
        voiceNoteDurationMs: "3000",
      }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { voiceNote: ["voice_not_audio"] } });
    expect((await db.product.findUniqueOrThrow({ where: { id: productId } })).titleZh).toBe("绿松石手链");
    expect((await db.productVoiceNote.findUniqueOrThrow({ where: { productId } })).id).toBe(note.id);
  });

  it.each([
    ["attach a new note", { voiceNote: webmFile(), voiceNoteDurationMs: "5000" }],
    ["remove the note", { removeVoiceNote: "on" }],
  ])("refuses another seller who tries to %s, and changes nothing", async (_what, change) => {
    const { category, productId, note } = await productWithNote();
    const other = await sellerWithShop();
    const result = await updateSellerProduct(
      other.seller.id,
      await productForm(category.id, { productId, photos: [], ...change }),
    );
    expect(result).toEqual({ ok: false, error: "not_found" });
    const after = await db.productVoiceNote.findUniqueOrThrow({ where: { productId } });
    expect(after).toEqual(note);
  });

  it("refuses a buyer who tries to remove a note, and changes nothing", async () => {
    const { category, productId, note } = await productWithNote();
    const buyer = await createUser("BUYER");
    const result = await updateSellerProduct(
      buyer.id,
      await productForm(category.id, { productId, photos: [], removeVoiceNote: "on" }),
    );
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.productVoiceNote.findUniqueOrThrow({ where: { productId } })).toEqual(note);
  });

  it("goes with its product when the product is deleted", async () => {
    const { productId } = await productWithNote();
    const before = await notes();
    await db.productImage.deleteMany({ where: { productId } });
    await db.product.delete({ where: { id: productId } });
    expect(await notes()).toBe(before - 1);
  });
});

describe("buyers listen to a voice description", () => {
  it("serves the stored bytes with their type for an active product in an active shop", async () => {
    const { note } = await productWithNote("ACTIVE");
    const response = await serve(note.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("audio/webm");
    expect(response.headers.get("Cache-Control")).toContain("immutable");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(note.data));
  });

  it("answers 404 for a hidden product's note and for an unknown id", async () => {
    const { note } = await productWithNote("DRAFT");
    expect((await serve(note.id)).status).toBe(404);
    expect((await serve("nosuchnote")).status).toBe(404);
    expect((await serve("../etc/passwd")).status).toBe(404);
  });

  it("answers 404 once the shop is suspended", async () => {
    const { note, shop } = await productWithNote("ACTIVE");
    await db.shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });
    expect((await serve(note.id)).status).toBe(404);
  });
});
