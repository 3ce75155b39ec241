import { describe, expect, it } from "vitest";
import { ARTICLE_TEXT_LIMIT } from "./analysis";
import { MAX_BODY_BYTES } from "./transport-limits";

describe("the request body limit", () => {
  it("holds the longest report an editor may paste, whatever its characters", () => {
    // Control characters are escaped as \u0000-style six bytes; CJK takes three bytes in UTF-8.
    for (const character of ["\u0001", "\u3000", "a", '"']) {
      const body = JSON.stringify({ json: { text: character.repeat(ARTICLE_TEXT_LIMIT), url: "https://news.example.org/a" } });
      expect(Buffer.byteLength(body), JSON.stringify(character)).toBeLessThan(MAX_BODY_BYTES);
    }
  });
});
