import { formatDateTime } from "@/lib/format-date";
import { relativeTime } from "@/lib/relative-time";
import { NotRecorded } from "./not-recorded";

/** A point in time in words ("24 March 2024, 00:00 UTC"), machine-readable too; "not recorded" when missing. */
export function DateTime({ value }: { value: Date | null | undefined }) {
  if (!value) return <NotRecorded />;
  return <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;
}

/**
 * The absolute time with how long ago it was beside it: "24 March 2024, 00:00 UTC (3 h ago)". Server components
 * only: the age is computed when the page is rendered.
 */
export function DateTimeWithAge({ value }: { value: Date | null | undefined }) {
  if (!value) return <NotRecorded />;
  return (
    <>
      <time dateTime={value.toISOString()}>{formatDateTime(value)}</time> <span className="relative-time">({relativeTime(value)})</span>
    </>
  );
}
