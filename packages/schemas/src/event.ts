import { z } from "zod";
import { houseFigureRule } from "./enums";
import { LIMITS, clearableText, pastDateTime, id, optionalText, pageInput, requiredText, searchQuery } from "./common";

export const eventCreateInput = z.strictObject({
  title: requiredText(LIMITS.title),
  summary: optionalText(LIMITS.longText),
  occurredAt: pastDateTime.optional(),
  location: optionalText(LIMITS.shortText),
  houseFigureRule: houseFigureRule.optional(),
});

export const eventUpdateInput = z.strictObject({
  id,
  title: requiredText(LIMITS.title).optional(),
  summary: clearableText(LIMITS.longText),
  occurredAt: pastDateTime.nullable().optional(),
  location: clearableText(LIMITS.shortText),
  /** Which rule chooses the figure the newsroom may print; changing it is recorded in the history. */
  houseFigureRule: houseFigureRule.optional(),
});

export const eventListInput = z
  .strictObject({
    q: searchQuery,
    ...pageInput,
  })
  .default({ limit: pageInput.limit.parse(undefined) });

export type EventCreateInput = z.input<typeof eventCreateInput>;
export type EventUpdateInput = z.input<typeof eventUpdateInput>;
export type EventListInput = z.input<typeof eventListInput>;
