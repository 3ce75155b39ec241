import { fromUtcInputValue } from "@/lib/utc-input";

// From the strings form controls hold to the values the schemas take. On create an empty optional field is
// left out; on edit it is null, which clears it.

const isBlank = (value: string): boolean => value.trim() === "";

export const textOrOmit = (value: string): string | undefined => (isBlank(value) ? undefined : value);
export const textOrNull = (value: string): string | null => (isBlank(value) ? null : value);

/** Number("12") = 12; "abc" gives NaN, which the schema refuses with its own message. */
export const numberOrOmit = (value: string): number | undefined => (isBlank(value) ? undefined : Number(value.trim()));
export const numberOrNull = (value: string): number | null => (isBlank(value) ? null : Number(value.trim()));

export const dateOrOmit = (value: string): Date | undefined => fromUtcInputValue(value);
export const dateOrNull = (value: string): Date | null => fromUtcInputValue(value) ?? null;

/** Enumeration values straight from a select; an empty choice is left for the schema to refuse. */
export const choice = <T extends string>(value: string): T => value as T;
export const choiceOrOmit = <T extends string>(value: string): T | undefined => (isBlank(value) ? undefined : (value as T));
