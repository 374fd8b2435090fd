import { useCallback, useRef, useState } from "react";

export interface PendingConfirm {
  readonly sheets: readonly string[];
}

/** Turns a dialog into a promise an operation can await: ask() resolves when the user answers. */
export function useConfirm(): {
  pending: PendingConfirm | null;
  ask: (sheets: readonly string[]) => Promise<boolean>;
  answer: (yes: boolean) => void;
} {
  const [pending, setPending] = useState<PendingConfirm | null>(null);
  const resolver = useRef<((yes: boolean) => void) | null>(null);
  const ask = useCallback((sheets: readonly string[]) => {
    setPending({ sheets });
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
