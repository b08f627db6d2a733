import { useCallback, useState } from "react";

/**
 * Typed text kept outside the component that shows it: a card re-mounted when the room switches between its
 * phone and desktop layouts (a tablet turning, a window crossing the breakpoint) finds what was typed.
 * Kept for the page's life only; nothing typed is written to the device.
 */
const drafts = new Map<string, unknown>();

export function readDraft<T>(key: string): T | undefined {
  return drafts.get(key) as T | undefined;
}

export function saveDraft(key: string, value: unknown): void {
  if (value === undefined) drafts.delete(key);
  else drafts.set(key, value);
}

/** useState whose value outlives a re-mount of the component. */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? initial);
  const set = useCallback(
    (next: T) => {
      saveDraft(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
