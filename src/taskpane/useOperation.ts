import { useCallback, useState } from "react";
import { toHostFailure, type HostFailure } from "../domain/hostFailure";
import type { LoadOutcome, LoadStep, OperationUi } from "../domain/operations";

export type OperationState =
  | { readonly phase: "idle" }
  | { readonly phase: "running"; readonly step: LoadStep }
  | { readonly phase: "done"; readonly outcome: LoadOutcome }
  | { readonly phase: "failed"; readonly error: HostFailure };

/** Runs one operation at a time; errors become state that the panel renders, never a console line. */
export function useOperation(confirmReplace: OperationUi["confirmReplace"]) {
  const [state, setState] = useState<OperationState>({ phase: "idle" });
  const run = useCallback(
    async (operation: (ui: OperationUi) => Promise<LoadOutcome>) => {
      setState({ phase: "running", step: "parse" });
      try {
        const outcome = await operation({
          confirmReplace,
          progress: (step) => setState({ phase: "running", step }),
        });
        setState({ phase: "done", outcome });
      } catch (error) {
        setState({ phase: "failed", error: toHostFailure(error) });
      }
    },
    [confirmReplace],
  );
  return { state, run };
}
