import qs from "qs";
import type Stripe from "stripe";
import { invalidRequest } from "./errors";

/**
 * Stripe's form encoding nests with brackets (`line_items[0][price_data][unit_amount]=500`). qs reads it, but
 * its default `arrayLimit` (20) silently turns a 21-line cart into an object keyed "0".."20".
 */
const PARSE_OPTIONS = {
  arrayLimit: 1000,
  depth: 12,
  parameterLimit: 20_000,
  // Null-prototype objects: `metadata[constructor]=x` is just a key, never a prototype lookup.
  plainObjects: true,
  allowPrototypes: false,
} as const;

export function parseForm(text: string): Record<string, unknown> {
  return qs.parse(text, PARSE_OPTIONS) as Record<string, unknown>;
}

const METADATA_MAX_KEYS = 50;
const METADATA_MAX_KEY_LENGTH = 40;
const METADATA_MAX_VALUE_LENGTH = 500;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Typed reads of one level of parsed parameters. Every error names the parameter the way Stripe does
 * (`line_items[3][quantity]`), so the SDK's `err.param` points at the caller's mistake.
 */
export class FormParams {
  constructor(
    private readonly values: Record<string, unknown>,
    private readonly prefix = "",
  ) {}

  static parse(text: string): FormParams {
    return new FormParams(parseForm(text));
  }

  /** The parameters as parsed, for idempotency fingerprints. */
  get raw(): Record<string, unknown> {
    return this.values;
  }

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return this.value(key) !== undefined;
  }

  private value(key: string): unknown {
    return Object.hasOwn(this.values, key) ? this.values[key] : undefined;
  }

  /** Stripe refuses parameters it does not know; so do we, which catches typos before they reach real Stripe. */
  rejectUnknown(allowed: readonly string[]): void {
    for (const key of Object.keys(this.values)) {
      if (!allowed.includes(key)) {
        throw invalidRequest(
          `Received unknown parameter: ${this.name(key)} (stripe-local implements: ${allowed.join(", ")})`,
          { param: this.name(key) },
        );
      }
    }
  }

  string(key: string, options: { maxLength?: number } = {}): string | undefined {
    const value = this.value(key);
    if (value === undefined) return undefined;
    if (typeof value !== "string") throw invalidRequest(`Invalid string: ${this.name(key)}`, this.param(key));
    // An empty form value means "not set" to Stripe.
    if (value === "") return undefined;
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      throw invalidRequest(
        `Invalid ${this.name(key)}: must be at most ${options.maxLength} characters`,
        this.param(key),
      );
    }
    return value;
  }

  requiredString(key: string, options: { maxLength?: number } = {}): string {
    const value = this.string(key, options);
    if (value === undefined) throw this.missing(key);
    return value;
  }

  choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    const found = allowed.find((option) => option === value);
    if (found === undefined) {
      throw invalidRequest(
        `Invalid ${this.name(key)}: must be one of ${allowed.join(", ")}`,
        this.param(key),
      );
    }
    return found;
  }

  integer(key: string, bounds: { min?: number; max?: number } = {}): number | undefined {
    const text = this.string(key);
    if (text === undefined) return undefined;
    const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value)) throw invalidRequest(`Invalid integer: ${text}`, this.param(key));
    if (bounds.min !== undefined && value < bounds.min) {
      throw invalidRequest(
        `Invalid ${this.name(key)}: must be greater than or equal to ${bounds.min}`,
        this.param(key),
      );
    }
    if (bounds.max !== undefined && value > bounds.max) {
      throw invalidRequest(
        `Invalid ${this.name(key)}: must be less than or equal to ${bounds.max}`,
        this.param(key),
      );
    }
    return value;
  }

  requiredInteger(key: string, bounds: { min?: number; max?: number } = {}): number {
    const value = this.integer(key, bounds);
    if (value === undefined) throw this.missing(key);
    return value;
  }

  boolean(key: string): boolean | undefined {
    const text = this.string(key);
    if (text === undefined) return undefined;
    if (text !== "true" && text !== "false")
      throw invalidRequest(`Invalid boolean: ${text}`, this.param(key));
    return text === "true";
  }

  url(key: string): string | undefined {
    const text = this.string(key, { maxLength: 5000 });
    if (text === undefined) return undefined;
    if (!isHttpUrl(text)) throw invalidRequest("Not a valid URL", this.param(key));
    return text;
  }

  email(key: string): string | undefined {
    const email = this.string(key, { maxLength: 800 });
    if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) {
      throw invalidRequest(`Invalid email address: ${email}`, this.param(key));
    }
    return email;
  }

  metadata(key = "metadata"): Stripe.Metadata {
    const value = this.value(key);
    if (value === undefined || value === "") return {};
    if (!isObject(value)) throw invalidRequest(`Invalid object: ${this.name(key)}`, this.param(key));
    const entries = Object.entries(value).filter(([, v]) => v !== "");
    if (entries.length > METADATA_MAX_KEYS) {
      throw invalidRequest(`Invalid ${this.name(key)}: at most ${METADATA_MAX_KEYS} keys`, this.param(key));
    }
    const metadata: Stripe.Metadata = {};
    for (const [name, entry] of entries) {
      const param = { param: `${this.name(key)}[${name}]` };
      if (typeof entry !== "string") throw invalidRequest(`Invalid string: ${param.param}`, param);
      if (name.length > METADATA_MAX_KEY_LENGTH || entry.length > METADATA_MAX_VALUE_LENGTH) {
        throw invalidRequest(
          `Invalid ${param.param}: keys are at most ${METADATA_MAX_KEY_LENGTH} characters, values ${METADATA_MAX_VALUE_LENGTH}`,
          param,
        );
      }
      metadata[name] = entry;
    }
    return metadata;
  }

  object(key: string): FormParams | undefined {
    const value = this.value(key);
    if (value === undefined || value === "") return undefined;
    if (!isObject(value)) throw invalidRequest(`Invalid object: ${this.name(key)}`, this.param(key));
    return new FormParams(value, this.name(key));
  }

  /** An array of objects. Strict on purpose: a cart that arrives as an object means the parsing is wrong. */
  list(key: string): FormParams[] | undefined {
    const value = this.value(key);
    if (value === undefined || value === "") return undefined;
    if (!Array.isArray(value)) throw invalidRequest(`Invalid array: ${this.name(key)}`, this.param(key));
    return value.map((item, index) => {
      const name = `${this.name(key)}[${index}]`;
      if (!isObject(item)) throw invalidRequest(`Invalid object: ${name}`, { param: name });
      return new FormParams(item, name);
    });
  }

  strings(key: string): string[] | undefined {
    const value = this.value(key);
    if (value === undefined || value === "") return undefined;
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, index) => {
      if (typeof item !== "string" || item === "") {
        throw invalidRequest(`Invalid string: ${this.name(key)}[${index}]`, {
          param: `${this.name(key)}[${index}]`,
        });
      }
      return item;
    });
  }

  /** `expand[]=payment_intent.latest_charge`, accepted on every endpoint like Stripe does. */
  expand(): string[] {
    return this.strings("expand") ?? [];
  }

  private param(key: string): { param: string } {
    return { param: this.name(key) };
  }

  private missing(key: string) {
    return invalidRequest(`Missing required param: ${this.name(key)}.`, this.param(key));
  }
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
