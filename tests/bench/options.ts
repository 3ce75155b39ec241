import { parseArgs } from "node:util";

// `npm run bench:api -- --claims 10000,100000,1000000 [--pglite-claims 100000] [--duration 5] [--connections 10,50]
// [--only tally,claim.create]`

export interface BenchOptions {
  /** Sizes to fill PostgreSQL with, smallest first. */
  claims: number[];
  /** Sizes to fill the embedded database with. */
  pgliteClaims: number[];
  durationSeconds: number;
  connections: number[];
  /** Only the scenarios whose name contains one of these (case aside); all when empty. */
  only: string[];
}

const numbers = (values: string[] | undefined, fallback: number[]) => {
  const parsed = (values ?? []).flatMap((value) => value.split(",")).map((value) => Number(value.replace(/_/g, "")));
  if (parsed.some((value) => !Number.isInteger(value) || value <= 0)) throw new Error(`Not a whole number above 0 in ${values?.join(",")}`);
  return parsed.length > 0 ? [...new Set(parsed)].sort((a, b) => a - b) : fallback;
};

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      claims: { type: "string", multiple: true },
      "pglite-claims": { type: "string", multiple: true },
      duration: { type: "string" },
      connections: { type: "string", multiple: true },
      only: { type: "string", multiple: true },
    },
  });
  return {
    claims: numbers(values.claims, [10_000]),
    pgliteClaims: numbers(values["pglite-claims"], []),
    durationSeconds: numbers(values.duration ? [values.duration] : undefined, [5])[0]!,
    connections: numbers(values.connections, [10, 50]),
    only: (values.only ?? []).flatMap((value) => value.split(",")).map((value) => value.trim().toLowerCase()).filter(Boolean),
  };
}
