import { describe, expect, it } from "vitest";
import { independence, independenceWords, originOf, type SourceLink } from "./origins";

/** A map of sources from "id → repeated id" pairs; null when the source repeats nothing. */
const chains = (links: Record<string, string | null>): Map<string, SourceLink> =>
  new Map(Object.entries(links).map(([id, repeatsSourceId]) => [id, { id, repeatsSourceId }]));

describe("originOf: the end of a source's chain of repeats", () => {
  it("a source that repeats nothing is its own origin", () => {
    expect(originOf("wire", chains({ wire: null }))).toBe("wire");
  });

  it("a source missing from the map is its own origin", () => {
    expect(originOf("ghost", chains({ wire: null }))).toBe("ghost");
  });

  it("follows a chain to its end: A repeats B repeats C gives C for every member", () => {
    const sources = chains({ a: "b", b: "c", c: null });
    expect(originOf("a", sources)).toBe("c");
    expect(originOf("b", sources)).toBe("c");
    expect(originOf("c", sources)).toBe("c");
  });

  it("a long chain ends at its last source", () => {
    const sources = chains({ s1: "s2", s2: "s3", s3: "s4", s4: "s5", s5: null });
    expect(originOf("s1", sources)).toBe("s5");
  });

  it("a link to a source not in the map ends the chain at that unknown source", () => {
    const sources = chains({ outlet: "agency", agency: "unseen-wire" });
    expect(originOf("outlet", sources)).toBe("unseen-wire");
    expect(originOf("agency", sources)).toBe("unseen-wire");
  });

  it("a source repeating itself is its own origin", () => {
    expect(originOf("a", chains({ a: "a" }))).toBe("a");
  });

  it("a two-member loop (A repeats B repeats A) gives one origin whichever member we start from", () => {
    const sources = chains({ a: "b", b: "a" });
    expect(originOf("a", sources)).toBe("a");
    expect(originOf("b", sources)).toBe("a");
  });

  it("the loop's origin does not depend on the order of its ids (B repeats A repeats B)", () => {
    const sources = chains({ zeta: "alpha", alpha: "zeta" });
    expect(originOf("zeta", sources)).toBe("alpha");
    expect(originOf("alpha", sources)).toBe("alpha");
  });

  it("every member of a longer loop names the same origin", () => {
    const sources = chains({ d: "b", b: "e", e: "c", c: "d" });
    const origins = ["b", "c", "d", "e"].map((id) => originOf(id, sources));
    expect(origins).toEqual(["b", "b", "b", "b"]);
  });

  it("a tail leading into a loop ends at the loop's origin, as do the loop's members", () => {
    // t1 → t2 → x → y → z → x
    const sources = chains({ t1: "t2", t2: "x", x: "y", y: "z", z: "x" });
    expect(["t1", "t2", "x", "y", "z"].map((id) => originOf(id, sources))).toEqual(["x", "x", "x", "x", "x"]);
  });

  it("a tail into a loop whose smallest id is not where the tail enters", () => {
    // tail → m → k → n → m: the loop is {k, m, n}
    const sources = chains({ tail: "m", m: "k", k: "n", n: "m" });
    expect(["tail", "m", "k", "n"].map((id) => originOf(id, sources))).toEqual(["k", "k", "k", "k"]);
  });
});

describe("independence: distinct sources and the origins behind them", () => {
  it("counts nothing for no sources", () => {
    expect(independence([], chains({}))).toEqual({ sources: 0, origins: 0, originIds: [] });
  });

  it("three outlets carrying one wire story are three sources but one origin", () => {
    const sources = chains({ wire: null, bbc: "wire", cnn: "wire", lemonde: "bbc" });
    expect(independence(["bbc", "cnn", "lemonde"], sources)).toEqual({ sources: 3, origins: 1, originIds: ["wire"] });
  });

  it("counts the origin itself once alongside its repeats", () => {
    const sources = chains({ wire: null, bbc: "wire" });
    expect(independence(["wire", "bbc"], sources)).toEqual({ sources: 2, origins: 1, originIds: ["wire"] });
  });

  it("several chains give one origin each, in the order first met", () => {
    const sources = chains({ reuters: null, ap: null, ministry: null, a: "reuters", b: "ap", c: "a", d: "reuters" });
    expect(independence(["b", "c", "ministry", "d", "ap"], sources)).toEqual({ sources: 5, origins: 3, originIds: ["ap", "reuters", "ministry"] });
  });

  it("5 sources, 2 independent origins", () => {
    const sources = chains({ wire: null, ministry: null, s1: "wire", s2: "wire", s3: "s2", s4: "ministry" });
    const counted = independence(["s1", "s2", "s3", "s4", "ministry"], sources);
    expect(counted).toEqual({ sources: 5, origins: 2, originIds: ["wire", "ministry"] });
    expect(independenceWords(counted)).toBe("5 sources, 2 independent origins");
  });

  it("counts a source given twice once", () => {
    const sources = chains({ wire: null, bbc: "wire", ap: null });
    expect(independence(["bbc", "ap", "bbc", "ap", "bbc"], sources)).toEqual({ sources: 2, origins: 2, originIds: ["wire", "ap"] });
  });

  it("accepts any iterable, such as a Set", () => {
    const sources = chains({ wire: null, bbc: "wire" });
    expect(independence(new Set(["bbc", "wire"]), sources)).toEqual({ sources: 2, origins: 1, originIds: ["wire"] });
  });

  it("sources repeating the same unknown source share that origin", () => {
    const sources = chains({ a: "unseen", b: "unseen", c: null });
    expect(independence(["a", "b", "c"], sources)).toEqual({ sources: 3, origins: 2, originIds: ["unseen", "c"] });
  });

  it("a source not in the map at all counts as its own origin", () => {
    expect(independence(["ghost", "wire"], chains({ wire: null }))).toEqual({ sources: 2, origins: 2, originIds: ["ghost", "wire"] });
  });

  it("the members of a loop are one origin whichever order they come in", () => {
    const sources = chains({ a: "b", b: "a", c: null });
    expect(independence(["b", "a", "c"], sources)).toEqual({ sources: 3, origins: 2, originIds: ["a", "c"] });
    expect(independence(["a", "b"], sources)).toEqual({ sources: 2, origins: 1, originIds: ["a"] });
  });

  it("a tail into a loop and the loop's members are one origin", () => {
    const sources = chains({ t: "x", x: "y", y: "z", z: "x" });
    expect(independence(["z", "t", "y"], sources)).toEqual({ sources: 3, origins: 1, originIds: ["x"] });
  });
});

describe("independenceWords: what the claim page says", () => {
  it.each([
    [0, 0, "no sources"],
    [1, 1, "1 source, 1 independent origin"],
    [2, 1, "2 sources, 1 independent origin"],
    [3, 2, "3 sources, 2 independent origins"],
    [5, 2, "5 sources, 2 independent origins"],
    [1200, 1000, "1,200 sources, 1,000 independent origins"],
  ])("%i sources and %i origins read %j", (sources, origins, words) => {
    expect(independenceWords({ sources, origins })).toBe(words);
  });

  it("words the counts independence gives", () => {
    const sources = chains({ wire: null, a: "wire" });
    expect(independenceWords(independence(["a"], sources))).toBe("1 source, 1 independent origin");
    expect(independenceWords(independence([], sources))).toBe("no sources");
  });
});
