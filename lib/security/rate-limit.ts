import "server-only";
import { Redis } from "ioredis";
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { recordSecurityEvent } from "./events";

// Redis on a server (several processes share the counters), memory on the embedded default.
let redis: Redis | undefined;
function redisClient(): Redis | undefined {
  if (!env.REDIS_URL) return undefined;
  redis ??= new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  return redis;
}

function limiter(options: IRateLimiterOptions & { keyPrefix: string }) {
  const client = redisClient();
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, useRedisPackage: false })
    : new RateLimiterMemory(options);
}

const globals = globalThis as { xyLimiters?: ReturnType<typeof createLimiters> };

function createLimiters() {
  return {
    // Sign-in attempts for one account from one client (the pair): 5 per 15 min, then a lockout of
    // 1 s (SIGN_IN_LOCKOUT_SECONDS) doubling with every further lockout up to 15 min. The owner on
    // another client is not affected by it, and the right password forgives it.
    pairAttempts: limiter({ keyPrefix: "signin_pair", points: 5, duration: 15 * 60 }),
    pairStrikes: limiter({ keyPrefix: "signin_pair_strikes", points: 1_000_000, duration: 24 * 60 * 60 }),
    // Attempts for one account from anywhere (counted only when the pair limit let them through):
    // stops a spread-out attack without locking the owner out for long (30 s doubling, at most 5 min).
    accountAttempts: limiter({ keyPrefix: "signin_account", points: 20, duration: 15 * 60 }),
    accountStrikes: limiter({
      keyPrefix: "signin_account_strikes",
      points: 1_000_000,
      duration: 24 * 60 * 60,
    }),
    // Attempts from one client for any account.
    clientAttempts: limiter({
      keyPrefix: "signin_client",
      points: 100,
      duration: 60 * 60,
      blockDuration: 15 * 60,
    }),
    signUp: limiter({ keyPrefix: "signup", points: 10, duration: 60 * 60, blockDuration: 60 * 60 }),
    checkout: limiter({ keyPrefix: "checkout", points: 20, duration: 60, blockDuration: 60 }),
    upload: limiter({ keyPrefix: "upload", points: 30, duration: 10 * 60, blockDuration: 10 * 60 }),
    // Money going back: a busy admin after a festival refunds a few an hour, a script many a second.
    refund: limiter({ keyPrefix: "refund", points: 30, duration: 10 * 60, blockDuration: 10 * 60 }),
    // The open API (/api/v1): per client address on every call, and per token on top. A script
    // reading a catalog page a second stays well inside; a loop scraping without pause does not.
    apiClient: limiter({ keyPrefix: "api_client", points: 300, duration: 60 }),
    apiToken: limiter({ keyPrefix: "api_token", points: 120, duration: 60 }),
    // Messages to shops (issue 6 promised it with them): a person chats a few a minute, a spammer
    // hundreds. Counted per user across every conversation.
    message: limiter({ keyPrefix: "message", points: 30, duration: 60, blockDuration: 60 }),
    // Live chat, per viewer per show: a fast typist sends a line every few seconds; a flood is cut
    // for half a minute. Likes come in batches from the page (one call a second while tapping).
    liveChat: limiter({ keyPrefix: "live_chat", points: 5, duration: 15, blockDuration: 30 }),
    liveLike: limiter({ keyPrefix: "live_like", points: 10, duration: 10, blockDuration: 10 }),
    // Each try checks the current password: as strict as sign-in for one account.
    passwordChange: limiter({
      keyPrefix: "password_change",
      points: 5,
      duration: 15 * 60,
      blockDuration: 15 * 60,
    }),
  };
}

// One set per process, kept across hot reloads, so a recompile does not reset the counters.
globals.xyLimiters ??= createLimiters();
const limiters = globals.xyLimiters;
type Limiter = RateLimiterMemory | RateLimiterRedis;

export type Throttle = { ok: true } | { ok: false; retryAfterSeconds: number };
export type ActionLimit =
  | "signUp"
  | "checkout"
  | "upload"
  | "refund"
  | "passwordChange"
  | "apiClient"
  | "apiToken"
  | "message"
  | "liveChat"
  | "liveLike";

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Spends one point for `key` on an action limit. A refusal is logged and says when to retry; a store
 * outage (Redis down) lets the request through rather than taking the site down with it.
 */
export async function throttle(
  name: ActionLimit,
  key: string,
  context: { userId?: string | null; ip?: string | null } = {},
): Promise<Throttle> {
  try {
    await limiters[name].consume(key);
    return { ok: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) return { ok: true };
    const retryAfterSeconds = seconds(rejection.msBeforeNext);
    await recordSecurityEvent("throttled", { scope: name, retryAfterSeconds, ...context });
    return { ok: false, retryAfterSeconds };
  }
}

const pairKey = (email: string, ip: string) => `${email}|${ip}`;

type SignInLimit = {
  attempts: Limiter;
  strikes?: Limiter;
  key: string;
  baseSeconds?: number;
  capSeconds?: number;
};

const signInLimits = (email: string, ip: string): SignInLimit[] => [
  {
    attempts: limiters.pairAttempts,
    strikes: limiters.pairStrikes,
    key: pairKey(email, ip),
    baseSeconds: env.SIGN_IN_LOCKOUT_SECONDS,
    capSeconds: 15 * 60,
  },
  {
    attempts: limiters.accountAttempts,
    strikes: limiters.accountStrikes,
    key: email,
    baseSeconds: 30,
    capSeconds: 5 * 60,
  },
  { attempts: limiters.clientAttempts, key: ip },
];

/** For the sign-in route: is this pair, account or client locked out now? Spends nothing. */
export async function signInBlocked(email: string, ip: string): Promise<Throttle> {
  try {
    const states = await Promise.all(signInLimits(email, ip).map((limit) => limit.attempts.get(limit.key)));
    const waits = states.map((state, index) => {
      const points = signInLimits(email, ip)[index]?.attempts.points ?? 0;
      return state && state.consumedPoints > points ? seconds(state.msBeforeNext) : 0;
    });
    const longest = Math.max(0, ...waits);
    return longest > 0 ? { ok: false, retryAfterSeconds: longest } : { ok: true };
  } catch {
    return { ok: true };
  }
}

/**
 * Before checking a password: spends one attempt on the pair, then the account, then the client
 * (each only if the one before let it through, so a burst from one client cannot lock the owner out
 * elsewhere). The spend is atomic, so 30 parallel guesses get 5 answers, not 30. Going over a limit
 * starts a lockout whose length doubles with each lockout of the day.
 */
export async function spendSignInAttempt(email: string, ip: string): Promise<Throttle> {
  for (const limit of signInLimits(email, ip)) {
    try {
      await limit.attempts.consume(limit.key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return { ok: true }; // store outage: fail open
      if (limit.strikes && rejection.consumedPoints === limit.attempts.points + 1) {
        const strikes = (await limit.strikes.penalty(limit.key)).consumedPoints;
        const wait = Math.min(
          limit.capSeconds ?? 60,
          (limit.baseSeconds ?? 1) * 2 ** Math.min(20, strikes - 1),
        );
        await limit.attempts.block(limit.key, wait);
        return { ok: false, retryAfterSeconds: wait };
      }
      return { ok: false, retryAfterSeconds: seconds(rejection.msBeforeNext) };
    }
  }
  return { ok: true };
}

/** After the right password: this client's lockouts for this account are forgiven, and the
 * attempt is given back to the account's and the client's budgets. */
export async function recordSignInSuccess(email: string, ip: string): Promise<void> {
  try {
    const pair = pairKey(email, ip);
    await Promise.all([
      limiters.pairAttempts.delete(pair),
      limiters.pairStrikes.delete(pair),
      limiters.accountAttempts.reward(email),
      // A shared address (a village's one connection, a test run) is not punished for good sign-ins.
      limiters.clientAttempts.reward(ip),
    ]);
  } catch {
    // A store outage must not turn a good sign-in into an error page.
  }
}
