"use client";
import { useEffect, useRef, useState } from "react";

interface CopyButtonProps {
  /** What goes on the clipboard. */
  text: string;
  /** The element that shows the text: selected for the editor to copy by hand when the clipboard cannot be written. */
  targetId: string;
  /** The button's words; a hidden detail can say what is copied ("Copy the wording"). */
  label?: string;
  hiddenDetail?: string;
}

type Status = "idle" | "copied" | "selected";

const STATUS_WORDS: Record<Status, string> = {
  idle: "",
  copied: "Copied",
  selected: "Could not copy by itself: the text is selected, press Ctrl+C (⌘C on a Mac) to copy it",
};

/** Selects the element's text, as if the editor had dragged over it. */
function selectText(element: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Copies the text with the clipboard API. Where that is missing or refused (plain http, a locked-down browser),
 * it selects the text instead so that one keystroke copies it, and says so. The status is read out politely.
 */
export function CopyButton({ text, targetId, label = "Copy", hiddenDetail }: CopyButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  async function copy() {
    if (timer.current) clearTimeout(timer.current);
    let next: Status;
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      next = "copied";
    } catch {
      const target = document.getElementById(targetId);
      next = target && selectText(target) ? "selected" : "idle";
    }
    // Emptied first, so that a second "Copied" in a row is read out again.
    setStatus("idle");
    requestAnimationFrame(() => setStatus(next));
    if (next === "copied") timer.current = setTimeout(() => setStatus("idle"), 4000);
  }

  return (
    <span className="copy-control">
      <button type="button" className="button" onClick={copy}>
        {label}
        {hiddenDetail ? <span className="sr-only"> {hiddenDetail}</span> : null}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {STATUS_WORDS[status]}
      </span>
    </span>
  );
}
