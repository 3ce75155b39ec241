// What one HTTP request to the API may carry, shared by the server that enforces it and the clients that must
// stay within it (our pages' tRPC client batches no more than MAX_BATCH_CALLS).

/**
 * The largest request body the API reads, in bytes (1 MB). The largest input is a pasted report of
 * ARTICLE_TEXT_LIMIT characters: at most 6 bytes each as JSON, even if every one were escaped.
 */
export const MAX_BODY_BYTES = 1_000_000;

/** The most calls one batched tRPC request may carry. */
export const MAX_BATCH_CALLS = 10;
