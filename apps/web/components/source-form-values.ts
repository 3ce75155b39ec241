import type { SourceCreateInput, SourceReliability, SourceType, SourceUpdateInput } from "@claimdesk/schemas";
import { toUtcInputValue } from "@/lib/utc-input";
import { choice, dateOrNull, dateOrOmit, textOrNull, textOrOmit } from "./form/form-values";

export const SOURCE_FIELDS = ["url", "title", "publisher", "author", "publishedAt", "type", "reliability", "repeatsSourceId"] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
export type SourceFormValues = Record<SourceField, string>;

export const sourceFieldLabels: Record<SourceField, string> = {
  url: "URL",
  title: "Title",
  publisher: "Publisher",
  author: "Author",
  publishedAt: "Published at (UTC)",
  type: "Type",
  reliability: "Reliability",
  repeatsSourceId: "Repeats source",
};

interface StoredSource {
  url: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
  type: SourceType;
  reliability: SourceReliability;
  repeatsSourceId: string | null;
}

export function sourceFormValues(source?: StoredSource): SourceFormValues {
  return {
    url: source?.url ?? "",
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    author: source?.author ?? "",
    publishedAt: toUtcInputValue(source?.publishedAt),
    type: source?.type ?? "OTHER",
    reliability: source?.reliability ?? "F",
    repeatsSourceId: source?.repeatsSourceId ?? "",
  };
}

export function sourceCreateFromValues(values: Omit<SourceFormValues, "author" | "publishedAt" | "repeatsSourceId"> & Partial<SourceFormValues>): SourceCreateInput {
  return {
    url: values.url,
    title: textOrOmit(values.title),
    publisher: textOrOmit(values.publisher),
    author: textOrOmit(values.author ?? ""),
    publishedAt: dateOrOmit(values.publishedAt ?? ""),
    type: choice<SourceType>(values.type),
    reliability: choice<SourceReliability>(values.reliability),
    repeatsSourceId: textOrOmit(values.repeatsSourceId ?? ""),
  };
}

export function sourceUpdateFromValues(id: string, values: SourceFormValues): SourceUpdateInput {
  return {
    id,
    url: values.url,
    title: textOrNull(values.title),
    publisher: textOrNull(values.publisher),
    author: textOrNull(values.author),
    publishedAt: dateOrNull(values.publishedAt),
    type: choice<SourceType>(values.type),
    reliability: choice<SourceReliability>(values.reliability),
    repeatsSourceId: textOrNull(values.repeatsSourceId),
  };
}

/** How a source is named in a select: "Reuters — Death toll in Moscow concert hall attack rises". */
export function sourceOptionLabel(source: { url: string; title: string | null; publisher: string | null }): string {
  const name = source.title ?? source.url;
  return source.publisher ? `${source.publisher} — ${name}` : name;
}
