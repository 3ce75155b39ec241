import { describe, expect, it } from "vitest";
import { readAfterArrival, type SharedReads } from "@claimdesk/api/shared-reads";

// The tally cache checks an event's fingerprint once for all the requests that arrived while the previous check
// ran. Reads here are promises the test settles by hand, so the order is exact: a read is "the state when it began".

function controlledReads() {
  const started: Array<{ value: number; settle: (value: number) => void; fail: (error: Error) => void }> = [];
  let state = 0;
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push({ value: state, settle: resolve, fail: reject });
    });
  return { started, read, change: () => (state += 1) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("readAfterArrival", () => {
  it("gives callers that arrive during a read the next read, begun after they arrived, and one read for all of them", async () => {
    const reads: SharedReads<number> = new Map();
    const { started, read, change } = controlledReads();
    const first = readAfterArrival(reads, "event", read);
    expect(started).toHaveLength(1);
    change(); // A client saves while the first read runs, then asks: it must not get the first read's state.
    const after = [readAfterArrival(reads, "event", read), readAfterArrival(reads, "event", read), readAfterArrival(reads, "event", read)];
    expect(started).toHaveLength(1);
    started[0]!.settle(started[0]!.value);
    expect(await first).toBe(0);
    await flush();
    expect(started).toHaveLength(2);
    started[1]!.settle(started[1]!.value);
    expect(await Promise.all(after)).toEqual([1, 1, 1]);
    expect(reads.size).toBe(0);
  });

  it("reads again for a caller that arrives after a read ended, and keeps keys apart", async () => {
    const reads: SharedReads<number> = new Map();
    const { started, read } = controlledReads();
    const one = readAfterArrival(reads, "one", read);
    const other = readAfterArrival(reads, "other", read);
    expect(started).toHaveLength(2);
    started[0]!.settle(10);
    started[1]!.settle(20);
    expect([await one, await other]).toEqual([10, 20]);
    const again = readAfterArrival(reads, "one", read);
    expect(started).toHaveLength(3);
    started[2]!.settle(11);
    expect(await again).toBe(11);
  });

  it("fails only the callers of a failed read; those waiting for the next read get it", async () => {
    const reads: SharedReads<number> = new Map();
    const { started, read } = controlledReads();
    const failing = readAfterArrival(reads, "event", read);
    const waiting = readAfterArrival(reads, "event", read);
    started[0]!.fail(new Error("connection lost"));
    await expect(failing).rejects.toThrow("connection lost");
    await flush();
    started[1]!.settle(5);
    expect(await waiting).toBe(5);
    expect(reads.size).toBe(0);
  });
});
