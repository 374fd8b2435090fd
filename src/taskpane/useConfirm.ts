import { useCallback, useRef, useState } from "react";

export interface PendingConfirm<T> {
  /** What the question is about: the sheets to replace, the reports to replace, the texts to publish. */
  readonly subject: T;
}

/** Turns a dialog into a promise an operation can await: ask() resolves when the user answers. */
export function useConfirm<T = readonly string[]>(): {
  pending: PendingConfirm<T> | null;
  ask: (subject: T) => Promise<boolean>;
  answer: (yes: boolean) => void;
} {
  const [pending, setPending] = useState<PendingConfirm<T> | null>(null);
  const resolver = useRef<((yes: boolean) => void) | null>(null);
  const ask = useCallback((subject: T) => {
    setPending({ subject });
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const answer = useCallback((yes: boolean) => {
    resolver.current?.(yes);
    resolver.current = null;
    setPending(null);
  }, []);
  return { pending, ask, answer };
}
