import { formatDateTime } from "@/lib/format-date";
import { NotRecorded } from "./not-recorded";

/** A point in time in words ("24 March 2024, 00:00 UTC"), machine-readable too; "not recorded" when missing. */
export function DateTime({ value }: { value: Date | null | undefined }) {
  if (!value) return <NotRecorded />;
  return <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;
}
