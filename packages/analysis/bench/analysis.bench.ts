import { bench, describe } from "vitest";
import { extractClaims } from "../src/extraction/extract";
import { splitSentences } from "../src/extraction/sentences";
import { tokenize } from "../src/extraction/tokens";
import { FIXTURES, fixture } from "../src/extraction/test-support";
import { houseFigures, inReportedOrder, tallyFlags, type TallyFigure } from "../src/tally";

// How fast the pure analysis is, each beside a baseline measured in the same run: extraction against merely
// splitting and tokenising the same text (the least any rule-based reader must do), the tally against sorting
// its figures. `npm run bench` prints operations per second and how many times slower than the baseline.

/** The four fixture reports repeated to the longest paste the API accepts (100,000 characters). */
const longReport = (() => {
  const one = FIXTURES.map(fixture).join("\n\n");
  return one.repeat(Math.ceil(100_000 / one.length)).slice(0, 100_000);
})();

describe(`extraction of a ${longReport.length.toLocaleString("en-GB")}-character report`, () => {
  bench("baseline: split into sentences and tokens only", () => {
    for (const sentence of splitSentences(longReport)) tokenize(sentence.text, sentence.start);
  });
  bench("extractClaims", () => {
    extractClaims({ text: longReport });
  });
});

/** A fast-moving story: 2,000 figures from 20 claimants, some confirmed, some repeating one wire story. */
const figures: TallyFigure[] = Array.from({ length: 2_000 }, (_, index) => {
  const min = 40 + Math.floor(index / 3) + (index % 7 === 0 ? -5 : 0);
  const origin = `origin-${index % 4}`;
  return {
    claimId: `claim-${index.toString().padStart(5, "0")}`,
    text: `At least ${min} people were killed.`,
    claimant: `Claimant ${index % 20}`,
    reportedAt: new Date(Date.UTC(2024, 2, 22, 18) + ((index * 7919) % 2_000) * 60_000),
    asOf: null,
    createdAt: new Date(Date.UTC(2024, 2, 22, 18) + index * 1_000),
    population: index % 50 === 0 ? "CIVILIANS" : "ALL",
    qualifier: "AT_LEAST",
    min,
    max: null,
    reportedAs: `at least ${min}`,
    stage: index % 5 === 0 ? "CONCLUDED" : "RESEARCHING",
    verdict: index % 5 === 0 ? "CONFIRMED" : "UNRATED",
    sources: [{ id: `source-${index}`, url: `https://example.org/${index}`, title: null, publisher: null, type: "NEWS_REPORT", originId: origin, originType: index % 3 === 0 ? "OFFICIAL_STATEMENT" : "WIRE" }],
    origins: 1,
    official: index % 3 === 0,
  };
});
const others = figures.slice(0, 200).map((figure, index) => ({ claimId: `other-${index}`, metric: "INJURED" as const, qualifier: figure.qualifier, min: figure.min, max: figure.max }));

describe(`tally of ${figures.length.toLocaleString("en-GB")} figures`, () => {
  bench("baseline: order the figures only", () => {
    inReportedOrder(figures);
  });
  bench("order, flags and the house figure under each rule", () => {
    const ordered = inReportedOrder(figures);
    tallyFlags(ordered, "KILLED", others);
    houseFigures(ordered, "KILLED");
  });
});
