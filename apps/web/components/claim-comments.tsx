import Link from "next/link";
import { roleLabel } from "@claimdesk/schemas";
import type { RouterOutputs } from "@claimdesk/api";
import { CommentForm } from "./comment-form";
import { DateTimeWithAge } from "./date-time";

type Comment = RouterOutputs["comment"]["list"]["items"][number];

interface ClaimCommentsProps {
  claimId: string;
  comments: Comment[];
  /** Set when showing older comments: the way back to the newest. */
  newestHref: string | null;
  /** The address of the next (older) page, when there is one. */
  olderHref: string | null;
  /** Editors and up may comment; viewers read. */
  canComment: boolean;
}

/** A claim's comments, newest first, with the form to add one above them. */
export function ClaimComments({ claimId, comments, newestHref, olderHref, canComment }: ClaimCommentsProps) {
  return (
    <section aria-labelledby="comments-heading" id="comments">
      <h2 id="comments-heading">
        Comments <span className="count">(newest first)</span>
      </h2>
      {canComment ? <CommentForm claimId={claimId} /> : null}
      {newestHref ? (
        <p>
          <Link href={newestHref}>Back to the newest comments</Link>
        </p>
      ) : null}
      {comments.length === 0 ? (
        <p className="empty">{newestHref ? "No older comments." : "No comments yet."}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment-meta">
                <strong>{comment.author.name}</strong> <span className="comment-role">({roleLabel[comment.author.role]})</span>
                <span aria-hidden="true"> · </span>
                <span className="sr-only">, </span>
                <DateTimeWithAge value={comment.createdAt} />
              </p>
              <p className="comment-text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {olderHref ? (
        <p>
          <Link href={olderHref}>Older comments</Link>
        </p>
      ) : null}
    </section>
  );
}
