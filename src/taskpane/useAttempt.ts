import { useState } from "react";
import { toHostFailure, type HostFailure } from "../domain/hostFailure";

/**
 * One piece of work a panel runs at a time: whether it is running, its last result, and the host's failure as
 * state the panel renders (never a console line). The result of a failed attempt is null.
 */
export function useAttempt<T>() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<HostFailure | null>(null);
  const attempt = async (work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const done = await work();
      setResult(done);
      return done;
    } catch (e) {
      setError(toHostFailure(e));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, result, error, attempt };
}
