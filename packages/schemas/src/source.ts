import { z } from "zod";
import { LIMITS, clearableText, storableString, pastDateTime, httpUrl, id, optionalText, pageInput, searchQuery } from "./common";
import { sourceReliability, sourceType } from "./enums";

export const sourceCreateInput = z.strictObject({
  url: httpUrl,
  title: optionalText(LIMITS.title),
  publisher: optionalText(LIMITS.shortText),
  author: optionalText(LIMITS.shortText),
  publishedAt: pastDateTime.optional(),
  type: sourceType.default("OTHER"),
  /** Admiralty reliability grade; F means it cannot be judged. */
  reliability: sourceReliability.default("F"),
  /** The source this one repeats (a wire story carried by an outlet), if any. */
  repeatsSourceId: id.optional(),
});

export const sourceUpdateInput = z.strictObject({
  id,
  url: httpUrl.optional(),
  title: clearableText(LIMITS.title),
  publisher: clearableText(LIMITS.shortText),
  author: clearableText(LIMITS.shortText),
  publishedAt: pastDateTime.nullable().optional(),
  type: sourceType.optional(),
  reliability: sourceReliability.optional(),
  repeatsSourceId: id.nullable().optional(),
});

export const sourceListInput = z
  .strictObject({
    /** Part of the publisher's name, any case. */
    publisher: storableString().trim().max(LIMITS.shortText, { error: `Must be at most ${LIMITS.shortText} characters` }).optional(),
    type: sourceType.optional(),
    /** Words to find in the title, URL or publisher. */
    q: searchQuery,
    ...pageInput,
  })
  .default({ limit: pageInput.limit.parse(undefined) });

export type SourceCreateInput = z.input<typeof sourceCreateInput>;
export type SourceUpdateInput = z.input<typeof sourceUpdateInput>;
export type SourceListInput = z.input<typeof sourceListInput>;
