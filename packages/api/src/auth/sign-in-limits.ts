import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@claimdesk/db";

/** Sign-in attempts allowed per window (successful ones are given back) before further attempts are refused. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

/** "Try again in 3 minutes": how long a refused person must wait, in whole minutes. */
export function tryAgainIn(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export interface SignInLimiter {
  /**
   * Counts an attempt against the account and the address before the password is checked (so a burst of
   * simultaneous guesses cannot outrun the count). Returns the seconds to wait when either is used up, else 0.
   */
  takeAttempt(email: string, address: string): Promise<number>;
  /** A successful sign-in clears the account's count and gives the address its attempt back. */
  recordSuccess(email: string, address: string): Promise<void>;
  /**
   * Counts a check of a signed-in person's current password (changing it) against the same per-account
   * limit as sign-in, so a session left open cannot be used to guess it. Returns the seconds to wait, else 0.
   */
  takePasswordCheck(email: string): Promise<number>;
  /** A correct current password clears the account's count, as a successful sign-in does. */
  recordPasswordCheckSuccess(email: string): Promise<void>;
}

/**
 * Counts sign-in attempts per account (the email asked for, whether or not it exists, so the limit reveals
 * nothing) and per client address, in the database: every instance of the app sees the same counts.
 */
export function createSignInLimiter(prisma: PrismaClient): SignInLimiter {
  const store = { storeClient: prisma, tableName: "rateLimiterFlexible", duration: SIGN_IN_LIMITS.windowSeconds, clearExpiredByTimeout: false };
  const byAccount = new RateLimiterPrisma({ ...store, keyPrefix: "sign-in-account", points: SIGN_IN_LIMITS.perAccount });
  const byAddress = new RateLimiterPrisma({ ...store, keyPrefix: "sign-in-address", points: SIGN_IN_LIMITS.perAddress });
  const accountKey = (email: string) => email.trim().toLowerCase();

  /** Seconds to wait when the limiter's points are used up, else 0 (and one point taken). */
  async function take(limiter: RateLimiterPrisma, key: string): Promise<number> {
    try {
      await limiter.consume(key);
      return 0;
    } catch (refusal) {
      // consume() rejects with the limiter's answer when the limit is passed, or with the store's error.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }

  return {
    async takeAttempt(email, address) {
      // The address first: attempts refused there do not count against the account they name.
      return (await take(byAddress, address)) || take(byAccount, accountKey(email));
    },
    async recordSuccess(email, address) {
      await Promise.all([byAccount.delete(accountKey(email)), byAddress.reward(address, 1)]);
    },
    takePasswordCheck: (email) => take(byAccount, accountKey(email)),
    async recordPasswordCheckSuccess(email) {
      await byAccount.delete(accountKey(email));
    },
  };
}
