import { Fragment } from "react";
import type { Highlighted } from "@claimdesk/schemas";

/**
 * A field as search.query sent it, in pieces: matches in <mark>. The pieces are text, rendered as text: nothing a
 * record holds ("<b>") can become markup.
 */
export function HighlightedText({ pieces }: { pieces: Highlighted }) {
  return (
    <>
      {pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <Fragment key={index}>{piece.text}</Fragment>))}
    </>
  );
}
