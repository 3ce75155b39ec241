import type { EventCreateInput, EventUpdateInput } from "@claimdesk/schemas";
import { toUtcInputValue } from "@/lib/utc-input";
import { dateOrNull, dateOrOmit, textOrNull, textOrOmit } from "./form/form-values";

export const EVENT_FIELDS = ["title", "occurredAt", "location", "summary"] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventFormValues = Record<EventField, string>;

export const eventFieldLabels: Record<EventField, string> = {
  title: "Title",
  occurredAt: "Happened at (UTC)",
  location: "Place",
  summary: "Summary",
};

interface StoredEvent {
  title: string;
  occurredAt: Date | null;
  location: string | null;
  summary: string | null;
}

export function eventFormValues(event?: StoredEvent): EventFormValues {
  return {
    title: event?.title ?? "",
    occurredAt: toUtcInputValue(event?.occurredAt),
    location: event?.location ?? "",
    summary: event?.summary ?? "",
  };
}

export function eventCreateFromValues(values: EventFormValues): EventCreateInput {
  return {
    title: values.title,
    occurredAt: dateOrOmit(values.occurredAt),
    location: textOrOmit(values.location),
    summary: textOrOmit(values.summary),
  };
}

export function eventUpdateFromValues(id: string, values: EventFormValues): EventUpdateInput {
  return {
    id,
    title: values.title,
    occurredAt: dateOrNull(values.occurredAt),
    location: textOrNull(values.location),
    summary: textOrNull(values.summary),
  };
}
