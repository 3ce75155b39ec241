"use client";
import { useEffect, useState } from "react";
import type { RouterOutputs } from "@claimdesk/api";
import type { ClaimSimilarInput } from "@claimdesk/schemas";
import { trpc } from "@/lib/trpc-client";

export type SimilarCandidate = RouterOutputs["claim"]["similar"]["candidates"][number];

/** Long enough that a call goes out when the editor pauses, not on every key. */
const DEBOUNCE_MS = 400;

/**
 * The recorded claims a claim being typed may repeat, from claim.similar, asked again whenever the draft changes
 * and the editor pauses. An answer to an older draft is dropped; a failed call shows nothing rather than stop the
 * editor. `draft` null asks nothing (too little typed yet).
 */
export function useSimilarClaims(draft: ClaimSimilarInput | null): SimilarCandidate[] {
  // The draft as text: effects compare it by value, and a new object with the same fields asks nothing new.
  const key = draft === null ? "" : JSON.stringify(draft);
  const [answer, setAnswer] = useState<{ key: string; candidates: SimilarCandidate[] } | null>(null);
  useEffect(() => {
    if (key === "") return;
    let current = true;
    const timer = setTimeout(() => {
      trpc.claim.similar.query(JSON.parse(key) as ClaimSimilarInput).then(
        ({ candidates }) => {
          if (current) setAnswer({ key, candidates });
        },
        () => {
          if (current) setAnswer({ key, candidates: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  // While a new answer is on its way the last one stays on screen, so the list does not flicker as the editor types.
  return key === "" ? [] : (answer?.candidates ?? []);
}
