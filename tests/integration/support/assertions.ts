import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a call that must fail with the given tRPC code; returns the error for further checks. */
export async function expectTRPCError(call: Promise<unknown>, code: TRPCError["code"], message?: RegExp | string): Promise<TRPCError> {
  const outcome = await call.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`Expected ${code}, but the call succeeded with ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(TRPCError);
  const error = outcome.error as TRPCError;
  expect({ code: error.code, message: error.message }).toMatchObject({ code });
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Follows nextCursor from the first page to the last and returns every item in order, checking on the way that
 * every page but the last is full and that no item comes twice.
 */
export async function walkPages<T extends { id: string }>(limit: number, fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages > 1000) throw new Error("More than 1000 pages: the cursor does not advance");
    const page = await fetchPage(cursor);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (page.nextCursor === null) break;
    expect(page.items).toHaveLength(limit);
    cursor = page.nextCursor;
  }
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size, "an item was repeated across pages").toBe(ids.length);
  return items;
}

/** Newest first: each item was created no later than the one before it. */
export function expectNewestFirst(items: Array<{ createdAt: Date }>): void {
  for (let i = 1; i < items.length; i++) {
    expect(items[i]!.createdAt.getTime()).toBeLessThanOrEqual(items[i - 1]!.createdAt.getTime());
  }
}

/** Runs `create` n times one after another (so that creation order is well defined) and returns the ids. */
export async function createInOrder(n: number, create: (i: number) => Promise<{ id: string }>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await create(i)).id);
  return ids;
}
