import "server-only";
import { sourceOptionLabel } from "@/components/source-form-values";
import { serverApi } from "./server-api";

/** Recorded sources, newest first, as select options ("Reuters — Death toll..."), leaving out the given ids. */
export async function sourceOptions(except: ReadonlySet<string> = new Set()): Promise<Array<{ value: string; label: string }>> {
  const sources = await (await serverApi()).source.list({ limit: 100 });
  return sources.items.filter((source) => !except.has(source.id)).map((source) => ({ value: source.id, label: sourceOptionLabel(source) }));
}
