import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "@claimdesk/db";

/** Failed sign-ins allowed per window before further attempts are refused. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

export interface SignInLimiter {
  /** Seconds to wait when the account or the address has used up its failed attempts; 0 when sign-in may go ahead. */
  secondsToWait(email: string, address: string): Promise<number>;
  recordFailure(email: string, address: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

/**
 * Counts failed sign-ins per account (the email asked for, whether or not it exists, so the limit reveals
 * nothing) and per client address, in the database: every instance of the app sees the same counts.
 */
export function createSignInLimiter(prisma: PrismaClient): SignInLimiter {
  const store = { storeClient: prisma, tableName: "rateLimiterFlexible", duration: SIGN_IN_LIMITS.windowSeconds, clearExpiredByTimeout: false };
  const byAccount = new RateLimiterPrisma({ ...store, keyPrefix: "sign-in-account", points: SIGN_IN_LIMITS.perAccount });
  const byAddress = new RateLimiterPrisma({ ...store, keyPrefix: "sign-in-address", points: SIGN_IN_LIMITS.perAddress });
  const accountKey = (email: string) => email.trim().toLowerCase();

  return {
    async secondsToWait(email, address) {
      const [account, client] = await Promise.all([byAccount.get(accountKey(email)), byAddress.get(address)]);
      const waits = [
        account && account.consumedPoints >= SIGN_IN_LIMITS.perAccount ? account.msBeforeNext : 0,
        client && client.consumedPoints >= SIGN_IN_LIMITS.perAddress ? client.msBeforeNext : 0,
      ];
      return Math.ceil(Math.max(...waits) / 1000);
    },
    async recordFailure(email, address) {
      // consume() rejects once the limit is passed; the count is what matters here, not the rejection.
      await Promise.allSettled([byAccount.consume(accountKey(email)), byAddress.consume(address)]);
    },
    async recordSuccess(email) {
      await byAccount.delete(accountKey(email));
    },
  };
}
