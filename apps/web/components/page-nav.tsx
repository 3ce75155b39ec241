import Link from "next/link";
import { listHref } from "@/lib/list-query";

/** "First page" / "Next page" links that keep the list's filters. */
export function PageNav({ path, filters, cursor, nextCursor }: { path: string; filters: Record<string, string | undefined>; cursor?: string; nextCursor: string | null }) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav className="page-nav" aria-label="Pages">
      {cursor ? <Link href={listHref(path, filters)}>First page</Link> : null}
      {nextCursor ? <Link href={listHref(path, { ...filters, cursor: nextCursor })}>Next page</Link> : null}
    </nav>
  );
}
