import { describe, expect, it } from "vitest";
import {
  CLAIM_VIEWS,
  casualtyDetailInput,
  claimCreateInput,
  claimDeleteInput,
  claimListInput,
  claimUpdateInput,
  claimVersion,
  responsibilityDetailInput,
} from "./claim";
import { LIMITS, NULL_MESSAGE } from "./common";
import { ATTRIBUTIONS, CASUALTY_METRICS, CASUALTY_POPULATIONS, LIKELIHOODS } from "./enums";
import { accepted, messageOn, problems, refusedFields } from "./test-support";

const figure = { metric: "KILLED", qualifier: "AT_LEAST", min: 133 } as const;
const actor = { actor: "Islamic State Khorasan Province", attribution: "SELF_CLAIMED" } as const;

/** A valid claim of the kind, with whatever `extra` adds or overrides. */
function claimOf(kind: "CASUALTY_COUNT" | "RESPONSIBILITY" | "STATEMENT", extra: Record<string, unknown> = {}) {
  const text = { CASUALTY_COUNT: "At least 133 killed", RESPONSIBILITY: "IS-K claimed the attack", STATEMENT: "21 attacks in nine countries" }[kind];
  const detail = kind === "CASUALTY_COUNT" ? { casualty: figure } : kind === "RESPONSIBILITY" ? { responsibility: actor } : {};
  return { kind, text, ...detail, ...extra };
}

/** A claim with the given casualty figure. */
const withFigure = (casualty: Record<string, unknown>) => ({ kind: "CASUALTY_COUNT", text: "Casualties", casualty: { metric: "KILLED", ...casualty } });

describe("claimCreateInput: a valid claim of each kind", () => {
  it("a statement needs only its text", () => {
    expect(accepted(claimCreateInput, { kind: "STATEMENT", text: "21 attacks in nine countries in the past year" })).toEqual({
      kind: "STATEMENT",
      text: "21 attacks in nine countries in the past year",
    });
  });

  it("a casualty count keeps its figure, with the population defaulting to all people", () => {
    const claim = accepted(claimCreateInput, {
      eventId: "evt_crocus",
      kind: "CASUALTY_COUNT",
      text: "At least 133 people were killed",
      claimant: "Investigative Committee of Russia",
      claimedAt: "2024-03-23T21:00:00+03:00",
      casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133, asOf: "2024-03-23T18:00:00Z", reportedAs: "at least 133" },
    });
    expect(claim).toEqual({
      eventId: "evt_crocus",
      kind: "CASUALTY_COUNT",
      text: "At least 133 people were killed",
      claimant: "Investigative Committee of Russia",
      claimedAt: new Date("2024-03-23T18:00:00Z"),
      casualty: {
        metric: "KILLED",
        population: "ALL",
        qualifier: "AT_LEAST",
        min: 133,
        max: null,
        asOf: new Date("2024-03-23T18:00:00Z"),
        reportedAs: "at least 133",
      },
    });
  });

  it("a responsibility claim keeps its actor, with the assessment defaulting to not assessed", () => {
    const claim = accepted(claimCreateInput, {
      kind: "RESPONSIBILITY",
      text: "Islamic State claimed responsibility",
      responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "Amaq" },
    });
    expect(claim.responsibility).toEqual({ actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "Amaq", assessment: "NOT_ASSESSED" });
  });

  it("trims the text, the claimant, the actor and the channel", () => {
    const claim = accepted(claimCreateInput, {
      kind: "RESPONSIBILITY",
      text: "  IS claimed it \n",
      claimant: " Amaq ",
      responsibility: { actor: "  Islamic State ", attribution: "SELF_CLAIMED", channel: " Telegram " },
    });
    expect(claim.text).toBe("IS claimed it");
    expect(claim.claimant).toBe("Amaq");
    expect(claim.responsibility?.actor).toBe("Islamic State");
    expect(claim.responsibility?.channel).toBe("Telegram");
  });
});

describe.each([
  ["claimCreateInput", claimCreateInput, {}],
  ["claimUpdateInput (changing the kind)", claimUpdateInput, { id: "clm_1", version: 3 }],
])("%s: the detail must match the kind", (_name, schema, base) => {
  it.each([
    ["CASUALTY_COUNT", { casualty: figure }],
    ["RESPONSIBILITY", { responsibility: actor }],
    ["STATEMENT", {}],
  ])("accepts a %s claim with its own detail", (kind, detail) => {
    expect(accepted(schema, { ...base, kind, text: "x", ...detail })).toMatchObject({ kind });
  });

  it.each([
    ["CASUALTY_COUNT", "without its figure", {}, [{ path: "casualty", message: "A casualty-count claim needs its figure" }]],
    [
      "RESPONSIBILITY",
      "without its actor",
      {},
      [{ path: "responsibility", message: "A responsibility claim needs its actor and attribution" }],
    ],
    [
      "CASUALTY_COUNT",
      "with responsibility details as well",
      { casualty: figure, responsibility: actor },
      [{ path: "responsibility", message: "Only a RESPONSIBILITY claim takes responsibility details" }],
    ],
    [
      "RESPONSIBILITY",
      "with a casualty figure as well",
      { casualty: figure, responsibility: actor },
      [{ path: "casualty", message: "Only a CASUALTY_COUNT claim takes casualty details" }],
    ],
    [
      "CASUALTY_COUNT",
      "with the other kind's detail instead",
      { responsibility: actor },
      [
        { path: "casualty", message: "A casualty-count claim needs its figure" },
        { path: "responsibility", message: "Only a RESPONSIBILITY claim takes responsibility details" },
      ],
    ],
    [
      "RESPONSIBILITY",
      "with the other kind's detail instead",
      { casualty: figure },
      [
        { path: "casualty", message: "Only a CASUALTY_COUNT claim takes casualty details" },
        { path: "responsibility", message: "A responsibility claim needs its actor and attribution" },
      ],
    ],
    ["STATEMENT", "with a casualty figure", { casualty: figure }, [{ path: "casualty", message: "Only a CASUALTY_COUNT claim takes casualty details" }]],
    [
      "STATEMENT",
      "with responsibility details",
      { responsibility: actor },
      [{ path: "responsibility", message: "Only a RESPONSIBILITY claim takes responsibility details" }],
    ],
    [
      "STATEMENT",
      "with both details",
      { casualty: figure, responsibility: actor },
      [
        { path: "casualty", message: "Only a CASUALTY_COUNT claim takes casualty details" },
        { path: "responsibility", message: "Only a RESPONSIBILITY claim takes responsibility details" },
      ],
    ],
  ])("refuses a %s claim %s", (kind, _label, detail, expected) => {
    expect(problems(schema, { ...base, kind, text: "x", ...detail })).toEqual(expected);
  });

  it("refuses a kind that does not exist, listing the kinds", () => {
    expect(problems(schema, { ...base, kind: "OPINION", text: "x" })).toEqual([
      { path: "kind", message: "Must be one of CASUALTY_COUNT, RESPONSIBILITY, STATEMENT" },
    ]);
  });
});

describe("claimCreateInput: required fields", () => {
  it("refuses a claim without a kind", () => {
    expect(refusedFields(claimCreateInput, { text: "x" })).toEqual(["kind"]);
  });

  it.each([
    ["missing", undefined, "Required"],
    ["empty", "", "Must not be empty"],
    ["blank", "  \n ", "Must not be empty"],
  ])("refuses text that is %s", (_label, text, message) => {
    expect(problems(claimCreateInput, { kind: "STATEMENT", text })).toEqual([{ path: "text", message }]);
  });
});

describe("casualty figures: which bounds each qualifier takes", () => {
  it.each([
    ["EXACT with min", { qualifier: "EXACT", min: 133 }, { min: 133, max: 133 }],
    ["EXACT with max equal to min", { qualifier: "EXACT", min: 133, max: 133 }, { min: 133, max: 133 }],
    ["EXACT of zero", { qualifier: "EXACT", min: 0 }, { min: 0, max: 0 }],
    ["EXACT with max null", { qualifier: "EXACT", min: 5, max: null }, { min: 5, max: 5 }],
    ["AT_LEAST with min", { qualifier: "AT_LEAST", min: 133 }, { min: 133, max: null }],
    ["AT_LEAST with max null", { qualifier: "AT_LEAST", min: 40, max: null }, { min: 40, max: null }],
    ["AT_MOST with max", { qualifier: "AT_MOST", max: 10 }, { min: null, max: 10 }],
    ["AT_MOST with min null", { qualifier: "AT_MOST", min: null, max: 10 }, { min: null, max: 10 }],
    ["APPROXIMATELY with min", { qualifier: "APPROXIMATELY", min: 40 }, { min: 40, max: null }],
    ["APPROXIMATELY with min and max", { qualifier: "APPROXIMATELY", min: 40, max: 50 }, { min: 40, max: 50 }],
    ["RANGE with both", { qualifier: "RANGE", min: 40, max: 60 }, { min: 40, max: 60 }],
    ["RANGE with equal bounds", { qualifier: "RANGE", min: 60, max: 60 }, { min: 60, max: 60 }],
  ])("accepts %s", (_label, casualty, bounds) => {
    expect(accepted(claimCreateInput, withFigure(casualty)).casualty).toMatchObject(bounds);
  });

  it.each([
    ["EXACT without min", { qualifier: "EXACT" }, [["casualty.min", "An exact figure needs its number as the minimum (min)"]]],
    ["EXACT with only max", { qualifier: "EXACT", max: 4 }, [["casualty.min", "An exact figure needs its number as the minimum (min)"]]],
    [
      "EXACT with a different max",
      { qualifier: "EXACT", min: 133, max: 134 },
      [["casualty.max", "An exact figure has the same maximum as its minimum (or leave max empty)"]],
    ],
    [
      "EXACT with a smaller max",
      { qualifier: "EXACT", min: 133, max: 100 },
      [
        ["casualty.max", "An exact figure has the same maximum as its minimum (or leave max empty)"],
        ["casualty.max", "Must not be less than the minimum (min)"],
      ],
    ],
    ["AT_LEAST without min", { qualifier: "AT_LEAST" }, [["casualty.min", 'An "at least" figure needs a minimum (min)']]],
    [
      "AT_LEAST with a max",
      { qualifier: "AT_LEAST", min: 40, max: 60 },
      [["casualty.max", 'An "at least" figure has no maximum (max); use a range (RANGE) for a figure with both bounds']],
    ],
    ["AT_MOST without max", { qualifier: "AT_MOST" }, [["casualty.max", 'An "at most" figure needs a maximum (max)']]],
    [
      "AT_MOST with a min",
      { qualifier: "AT_MOST", min: 1, max: 10 },
      [["casualty.min", 'An "at most" figure has no minimum (min); use a range (RANGE) for a figure with both bounds']],
    ],
    [
      "AT_MOST with only min",
      { qualifier: "AT_MOST", min: 10 },
      [
        ["casualty.max", 'An "at most" figure needs a maximum (max)'],
        ["casualty.min", 'An "at most" figure has no minimum (min); use a range (RANGE) for a figure with both bounds'],
      ],
    ],
    [
      "APPROXIMATELY without min",
      { qualifier: "APPROXIMATELY", max: 50 },
      [["casualty.min", 'An approximate figure needs its number as the minimum (min), and a maximum for "about 40 to 50"']],
    ],
    ["APPROXIMATELY with max below min", { qualifier: "APPROXIMATELY", min: 50, max: 40 }, [["casualty.max", "Must not be less than the minimum (min)"]]],
    [
      "RANGE without bounds",
      { qualifier: "RANGE" },
      [
        ["casualty.min", "A range needs a minimum (min)"],
        ["casualty.max", "A range needs a maximum (max)"],
      ],
    ],
    ["RANGE without max", { qualifier: "RANGE", min: 40 }, [["casualty.max", "A range needs a maximum (max)"]]],
    ["RANGE without min", { qualifier: "RANGE", max: 60 }, [["casualty.min", "A range needs a minimum (min)"]]],
    ["RANGE with min null", { qualifier: "RANGE", min: null, max: 60 }, [["casualty.min", "A range needs a minimum (min)"]]],
    ["RANGE with max below min", { qualifier: "RANGE", min: 60, max: 40 }, [["casualty.max", "Must not be less than the minimum (min)"]]],
  ])("refuses %s", (_label, casualty, expected) => {
    expect(problems(claimCreateInput, withFigure(casualty))).toEqual(expected.map(([path, message]) => ({ path, message })));
  });
});

describe("casualty figures: counts are whole numbers from 0", () => {
  it.each([
    ["negative", -1, "Must be 0 or more"],
    ["a fraction", 1.5, "Must be a whole number"],
    ["over 100 million", LIMITS.count + 1, "Must be at most 100,000,000"],
    ["a string", "40", "Must be a number"],
    ["NaN", Number.NaN, "Must be a number"],
  ])("refuses a min that is %s, on casualty.min", (_label, min, message) => {
    const input = withFigure({ qualifier: "AT_LEAST", min });
    expect(problems(claimCreateInput, input)).toEqual([{ path: "casualty.min", message }]);
  });

  it.each([
    ["negative", -1, "Must be 0 or more"],
    ["a fraction", 2.5, "Must be a whole number"],
    ["over 100 million", LIMITS.count + 1, "Must be at most 100,000,000"],
    ["a string", "60", "Must be a number"],
    ["infinite", Number.POSITIVE_INFINITY, "Must be a number"],
  ])("refuses a max that is %s, on casualty.max", (_label, max, message) => {
    const input = withFigure({ qualifier: "AT_MOST", max });
    expect(problems(claimCreateInput, input)).toEqual([{ path: "casualty.max", message }]);
  });

  it("refuses a bad max on casualty.max even when min is set", () => {
    expect(refusedFields(claimCreateInput, withFigure({ qualifier: "RANGE", min: 0, max: 2.5 }))).toEqual(["casualty.max"]);
    expect(messageOn(claimCreateInput, withFigure({ qualifier: "RANGE", min: 0, max: 2.5 }), "casualty.max")).toBe("Must be a whole number");
  });

  it("accepts the largest count", () => {
    expect(accepted(claimCreateInput, withFigure({ qualifier: "EXACT", min: LIMITS.count })).casualty?.max).toBe(LIMITS.count);
  });
});

describe("casualty figures: the other fields", () => {
  it.each(CASUALTY_METRICS)("accepts metric %s", (metric) => {
    expect(accepted(casualtyDetailInput, { ...figure, metric }).metric).toBe(metric);
  });

  it.each(CASUALTY_POPULATIONS)("accepts population %s", (population) => {
    expect(accepted(casualtyDetailInput, { ...figure, population }).population).toBe(population);
  });

  it.each([
    ["metric", { metric: "DEAD" }, "Must be one of KILLED, INJURED, MISSING, DETAINED"],
    ["metric", { metric: undefined }, "Required"],
    ["population", { population: "CHILDREN" }, "Must be one of ALL, CIVILIANS, ATTACKERS, SECURITY_FORCES, OTHER"],
    ["qualifier", { qualifier: "ABOUT" }, "Must be one of EXACT, AT_LEAST, AT_MOST, APPROXIMATELY, RANGE"],
    ["qualifier", { qualifier: undefined }, "Required"],
    ["asOf", { asOf: "last Tuesday" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["reportedAs", { reportedAs: " " }, "Must not be empty"],
    ["reportedAs", { reportedAs: "s".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
  ])("refuses a bad %s on casualty.%s", (field, change, message) => {
    expect(problems(claimCreateInput, { kind: "CASUALTY_COUNT", text: "x", casualty: { ...figure, ...change } })).toEqual([
      { path: `casualty.${field}`, message },
    ]);
  });

  it("keeps the words as reported, trimmed, and the time the figure refers to", () => {
    const detail = accepted(casualtyDetailInput, { ...figure, reportedAs: "  scores ", asOf: "2024-03-23" });
    expect(detail.reportedAs).toBe("scores");
    expect(detail.asOf).toEqual(new Date("2024-03-23T00:00:00Z"));
  });

  it("refuses an unknown key in the figure, naming it", () => {
    expect(problems(claimCreateInput, { kind: "CASUALTY_COUNT", text: "x", casualty: { ...figure, maximum: 200 } })).toEqual([
      { path: "casualty", message: 'Is not a field of this request: maximum' },
    ]);
  });

  it("refuses a figure given as null", () => {
    expect(refusedFields(claimCreateInput, { kind: "CASUALTY_COUNT", text: "x", casualty: null })).toEqual(["casualty"]);
  });
});

describe("responsibility details", () => {
  it.each(ATTRIBUTIONS)("accepts attribution %s", (attribution) => {
    expect(accepted(responsibilityDetailInput, { ...actor, attribution }).attribution).toBe(attribution);
  });

  it.each(LIKELIHOODS)("accepts assessment %s", (assessment) => {
    expect(accepted(responsibilityDetailInput, { ...actor, assessment }).assessment).toBe(assessment);
  });

  it("accepts a channel of null (none)", () => {
    expect(accepted(responsibilityDetailInput, { ...actor, channel: null }).channel).toBeNull();
  });

  it.each([
    ["actor", "missing", { actor: undefined }, "Required"],
    ["actor", "empty", { actor: "" }, "Must not be empty"],
    ["actor", "blank", { actor: "   " }, "Must not be empty"],
    ["actor", "too long", { actor: "a".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["attribution", "missing", { attribution: undefined }, "Required"],
    ["attribution", "unknown", { attribution: "RUMOUR" }, "Must be one of SELF_CLAIMED, OFFICIAL, MEDIA, DENIED, SUSPECTED"],
    ["channel", "blank", { channel: " " }, "Must not be empty"],
    ["channel", "too long", { channel: "c".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    [
      "assessment",
      "unknown",
      { assessment: "PROBABLE" },
      "Must be one of ALMOST_CERTAIN, VERY_LIKELY, LIKELY, ROUGHLY_EVEN, UNLIKELY, VERY_UNLIKELY, ALMOST_NO_CHANCE, NOT_ASSESSED",
    ],
  ])("refuses a %s that is %s, on responsibility.%s", (field, _label, change, message) => {
    expect(problems(claimCreateInput, { kind: "RESPONSIBILITY", text: "x", responsibility: { ...actor, ...change } })).toEqual([
      { path: `responsibility.${field}`, message },
    ]);
  });

  it("refuses an unknown key, naming it", () => {
    expect(problems(claimCreateInput, claimOf("RESPONSIBILITY", { responsibility: { ...actor, actr: "IS" } }))).toEqual([
      { path: "responsibility", message: 'Is not a field of this request: actr' },
    ]);
  });
});

describe("claimCreateInput: lengths and other fields", () => {
  it("accepts text of exactly 2000 characters and refuses 2001", () => {
    expect(accepted(claimCreateInput, claimOf("STATEMENT", { text: "t".repeat(LIMITS.claimText) })).text).toHaveLength(2000);
    expect(problems(claimCreateInput, claimOf("STATEMENT", { text: "t".repeat(LIMITS.claimText + 1) }))).toEqual([
      { path: "text", message: "Must be at most 2000 characters" },
    ]);
  });

  it.each([
    ["claimant", { claimant: "c".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["claimant", { claimant: "  " }, "Must not be empty"],
    ["claimedAt", { claimedAt: "22 March" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["claimedAt", { claimedAt: "1812-09-07" }, "Must be after 1900"],
    ["eventId", { eventId: "" }, "Must not be empty"],
    ["eventId", { eventId: "e".repeat(65) }, "Is not an id"],
  ])("refuses a bad %s", (field, change, message) => {
    expect(problems(claimCreateInput, claimOf("STATEMENT", change))).toEqual([{ path: field, message }]);
  });

  it.each([
    ["a misspelt field", { claimnt: "TASS" }, "claimnt"],
    ["a field only updates take", { version: 1 }, "version"],
    ["a workflow field set on creation", { verdict: "CONFIRMED" }, "verdict"],
  ])("refuses %s, naming the key", (_label, change, key) => {
    expect(problems(claimCreateInput, claimOf("STATEMENT", change))).toEqual([{ path: "", message: `Is not a field of this request: ${key}` }]);
  });
});

describe("claimUpdateInput", () => {
  const base = { id: "clm_1", version: 3 };

  it("needs only the id and the version it started from", () => {
    expect(accepted(claimUpdateInput, base)).toEqual(base);
  });

  it.each([
    ["missing", undefined, "Required: the version you started editing from"],
    ["a string", "3", "Must be a number"],
    ["null", null, NULL_MESSAGE],
    ["zero", 0, "Must be 1 or more"],
    ["negative", -1, "Must be 1 or more"],
    ["a fraction", 1.5, "Must be a whole number"],
    ["beyond any version the database can store", 2_147_483_648, "Is not a version of this claim: send the version you loaded"],
  ])("refuses a version that is %s", (_label, version, message) => {
    expect(problems(claimUpdateInput, { id: "clm_1", version })).toEqual([{ path: "version", message }]);
  });

  it.each([
    ["missing", undefined, "Required"],
    ["empty", "", "Must not be empty"],
  ])("refuses an id that is %s", (_label, idValue, message) => {
    expect(problems(claimUpdateInput, { id: idValue, version: 1 })).toEqual([{ path: "id", message }]);
  });

  it("null clears the event, the claimant, the claim time, the assignee and the re-check date", () => {
    const update = { ...base, eventId: null, claimant: null, claimedAt: null, assigneeId: null, recheckAt: null };
    expect(accepted(claimUpdateInput, update)).toEqual(update);
  });

  it.each(["text", "kind", "casualty", "responsibility"])("refuses null for %s, which cannot be cleared", (field) => {
    expect(refusedFields(claimUpdateInput, { ...base, [field]: null })).toEqual([field]);
  });

  it("changes the text, trimmed, and refuses blank text", () => {
    expect(accepted(claimUpdateInput, { ...base, text: " New text " }).text).toBe("New text");
    expect(problems(claimUpdateInput, { ...base, text: " " })).toEqual([{ path: "text", message: "Must not be empty" }]);
  });

  // The stage and the verdict change only through claim.transition (the review workflow), never as free fields.
  it.each([
    ["stage", { stage: "CONCLUDED" }],
    ["stage", { stage: "NEW" }],
    ["verdict", { verdict: "CONFIRMED" }],
    ["verdict", { verdict: "UNRATED" }],
    ["verdictNote", { verdictNote: "Two independent sources" }],
    ["verdictNote", { verdictNote: null }],
  ])("refuses %s as an unknown key (it changes only through the workflow): %j", (key, change) => {
    expect(problems(claimUpdateInput, { ...base, ...change })).toEqual([{ path: "", message: `Is not a field of this request: ${key}` }]);
  });

  it("refuses an attempt to conclude through an update, naming every workflow key", () => {
    expect(problems(claimUpdateInput, { ...base, stage: "CONCLUDED", verdict: "CONFIRMED", verdictNote: "Confirmed by two sources" })).toEqual([
      { path: "", message: 'Are not fields of this request: stage, verdict, verdictNote' },
    ]);
  });

  it("assigns the claim to an editor (id trimmed) and unassigns it with null", () => {
    expect(accepted(claimUpdateInput, { ...base, assigneeId: " usr_ana " }).assigneeId).toBe("usr_ana");
    expect(accepted(claimUpdateInput, { ...base, assigneeId: null }).assigneeId).toBeNull();
    expect(accepted(claimUpdateInput, base)).not.toHaveProperty("assigneeId");
  });

  it("sets a re-check date, converted to UTC, and clears it with null", () => {
    expect(accepted(claimUpdateInput, { ...base, recheckAt: "2024-03-25T09:00:00+03:00" }).recheckAt).toEqual(new Date("2024-03-25T06:00:00Z"));
    expect(accepted(claimUpdateInput, { ...base, recheckAt: new Date("2024-03-25T06:00:00Z") }).recheckAt).toEqual(new Date("2024-03-25T06:00:00Z"));
    expect(accepted(claimUpdateInput, { ...base, recheckAt: null }).recheckAt).toBeNull();
  });

  it.each([
    ["assigneeId", { assigneeId: "" }, "Must not be empty"],
    ["assigneeId", { assigneeId: "u".repeat(65) }, "Is not an id"],
    ["assigneeId", { assigneeId: 7 }, "Must be text"],
    ["recheckAt", { recheckAt: "tomorrow morning" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["recheckAt", { recheckAt: "2024-03-25T09:00:00" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["recheckAt", { recheckAt: "2200-01-02" }, "Must be before 2200"],
    ["claimant", { claimant: "c".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["claimedAt", { claimedAt: "soon" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
  ])("refuses a bad %s: %j", (field, change, message) => {
    expect(problems(claimUpdateInput, { ...base, ...change })).toEqual([{ path: field, message }]);
  });

  it("without a kind, a new figure is still checked and an exact one gets max = min", () => {
    expect(accepted(claimUpdateInput, { ...base, casualty: { metric: "KILLED", qualifier: "EXACT", min: 144 } }).casualty).toMatchObject({
      min: 144,
      max: 144,
    });
    expect(problems(claimUpdateInput, { ...base, casualty: { metric: "KILLED", qualifier: "EXACT", min: 144, max: 145 } })).toEqual([
      { path: "casualty.max", message: "An exact figure has the same maximum as its minimum (or leave max empty)" },
    ]);
    expect(problems(claimUpdateInput, { ...base, responsibility: { ...actor, actor: " " } })).toEqual([
      { path: "responsibility.actor", message: "Must not be empty" },
    ]);
  });

  it("refuses a misspelt field, naming it", () => {
    expect(problems(claimUpdateInput, { ...base, asigneeId: "usr_ana" })).toEqual([{ path: "", message: 'Is not a field of this request: asigneeId' }]);
  });
});

describe("claimDeleteInput", () => {
  const reason = "Duplicate of the TASS report recorded earlier";

  it("takes the id, the reason (trimmed) and, optionally, the version", () => {
    expect(accepted(claimDeleteInput, { id: "clm_1", reason: `  ${reason} ` })).toEqual({ id: "clm_1", reason });
    expect(accepted(claimDeleteInput, { id: "clm_1", version: 4, reason })).toEqual({ id: "clm_1", version: 4, reason });
  });

  it.each([
    ["missing", undefined, "Required"],
    ["empty", "", "Must not be empty"],
    ["blank", " \n ", "Must not be empty"],
    ["too long", "r".repeat(LIMITS.longText + 1), "Must be at most 5000 characters"],
  ])("refuses a reason that is %s, on reason", (_label, reasonValue, message) => {
    expect(problems(claimDeleteInput, { id: "clm_1", reason: reasonValue })).toEqual([{ path: "reason", message }]);
  });

  it("accepts a reason of exactly 5000 characters", () => {
    expect(accepted(claimDeleteInput, { id: "clm_1", reason: "r".repeat(LIMITS.longText) }).reason).toHaveLength(5000);
  });

  it.each([
    [{ version: 1, reason }, "id", "Required"],
    [{ id: "clm_1", version: 0, reason }, "version", "Must be 1 or more"],
    [{ id: "clm_1", version: 2.5, reason }, "version", "Must be a whole number"],
    [{ id: "clm_1", version: "4", reason }, "version", "Must be a number"],
  ])("refuses %j on %s", (input, field, message) => {
    expect(problems(claimDeleteInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses an id alone, asking for the reason", () => {
    expect(problems(claimDeleteInput, { id: "clm_1" })).toEqual([{ path: "reason", message: "Required" }]);
  });
});

describe("claimVersion", () => {
  it("says the message it was given when the version is missing", () => {
    expect(problems(claimVersion("Send the version you loaded"), undefined)).toEqual([{ path: "", message: "Send the version you loaded" }]);
  });

  it("accepts 1 and the largest 32-bit integer, and nothing beyond", () => {
    expect(accepted(claimVersion("x"), 1)).toBe(1);
    expect(accepted(claimVersion("x"), 2_147_483_647)).toBe(2_147_483_647);
    expect(problems(claimVersion("x"), 2_147_483_648)).toEqual([
      { path: "", message: "Is not a version of this claim: send the version you loaded" },
    ]);
  });
});

describe("claimListInput filters", () => {
  it("accepts every filter together", () => {
    expect(
      accepted(claimListInput, {
        eventId: "evt_1",
        kind: "CASUALTY_COUNT",
        stage: "IN_REVIEW",
        verdict: "DISPUTED",
        assigneeId: " usr_ana ",
        view: "MINE",
        q: "  Crocus ",
        limit: 50,
      }),
    ).toEqual({
      eventId: "evt_1",
      kind: "CASUALTY_COUNT",
      stage: "IN_REVIEW",
      verdict: "DISPUTED",
      assigneeId: "usr_ana",
      view: "MINE",
      q: "Crocus",
      limit: 50,
    });
  });

  it.each(CLAIM_VIEWS)("accepts the view %s", (view) => {
    expect(accepted(claimListInput, { view })).toEqual({ view, limit: 25 });
  });

  it("offers exactly the views my claims, waiting for review and due for re-check", () => {
    expect(CLAIM_VIEWS).toEqual(["MINE", "WAITING_FOR_REVIEW", "DUE_FOR_RECHECK"]);
  });

  it.each([
    ["kind", { kind: "OPINION" }, "Must be one of CASUALTY_COUNT, RESPONSIBILITY, STATEMENT"],
    ["stage", { stage: "DONE" }, "Must be one of NEW, RESEARCHING, IN_REVIEW, CONCLUDED"],
    ["verdict", { verdict: "TRUE" }, "Must be one of UNRATED, CONFIRMED, LIKELY, MISLEADING, FALSE, UNPROVEN, DISPUTED"],
    ["view", { view: "ALL" }, "Must be one of MINE, WAITING_FOR_REVIEW, DUE_FOR_RECHECK"],
    ["view", { view: "mine" }, "Must be one of MINE, WAITING_FOR_REVIEW, DUE_FOR_RECHECK"],
    ["assigneeId", { assigneeId: "" }, "Must not be empty"],
    ["assigneeId", { assigneeId: "u".repeat(65) }, "Is not an id"],
    ["q", { q: "q".repeat(LIMITS.query + 1) }, "Must be at most 200 characters"],
  ])("refuses a bad %s: %j", (field, change, message) => {
    expect(problems(claimListInput, change)).toEqual([{ path: field, message }]);
  });
});
