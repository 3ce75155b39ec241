import { countOf } from "@claimdesk/schemas";

/**
 * "Showing 25 claims on this page" above a list: what the page holds. The lists are paged by cursor and the API
 * gives no total, so a paged list says "on this page" rather than guess one.
 */
export function ListCount({ count, one, many, paged }: { count: number; one: string; many: string; paged: boolean }) {
  return (
    <p className="list-count">
      Showing {countOf(count, one, many)}
      {paged ? " on this page" : ""}.
    </p>
  );
}
