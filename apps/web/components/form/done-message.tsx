import { useRef, useState, type Ref } from "react";

/** What a form says once it has saved; with a ref it can take the keyboard (tabIndex -1). */
export function DoneMessage({ message, ref }: { message: string | null; ref?: Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} className="form-done" role="status" tabIndex={ref ? -1 : undefined}>
      {message}
    </p>
  );
}

/**
 * A DoneMessage's words and ref (`<DoneMessage message={done} ref={doneRef} />`): `sayDone` shows the words and
 * moves the keyboard to them, `clearDone` empties them before a new try.
 */
export function useDoneMessage() {
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  return {
    done,
    doneRef,
    clearDone: () => setDone(null),
    sayDone(words: string) {
      setDone(words);
      doneRef.current?.focus();
    },
  };
}
