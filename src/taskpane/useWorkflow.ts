import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkflowOperations, WorkflowStatus } from "../domain/consolidation/operations";
import { toHostFailure, type HostFailure } from "../domain/hostFailure";
import { useLocale } from "./i18n";
import { nextStep, type NextStep } from "./workflow";

/** The workbook's state for the chosen period (null: the latest with data), read again after every change. */
export function useWorkflow(operations: WorkflowOperations): {
  status: WorkflowStatus | null;
  failure: HostFailure | null;
  next: NextStep | null;
  period: string | null;
  setPeriod: (period: string | null) => void;
  refresh: () => Promise<void>;
} {
  const locale = useLocale();
  const [status, setStatus] = useState<WorkflowStatus | null>(null);
  const [failure, setFailure] = useState<HostFailure | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const periodRef = useRef(period);
  periodRef.current = period;
  // Only the latest read may land: an older one finishing late must not overwrite it.
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const read = await operations.status(periodRef.current);
      if (ticket !== latest.current) return;
      setStatus(read);
      setFailure(null);
    } catch (error) {
      if (ticket === latest.current) setFailure(toHostFailure(error));
    }
  }, [operations]);
  useEffect(() => {
    void refresh();
  }, [refresh, period]);
  return { status, failure, next: nextStep(status, locale), period, setPeriod, refresh };
}
