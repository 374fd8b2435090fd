import type { Issue } from "../domain/issues";
import type { ExcelCapabilities } from "./capabilities";

export interface WriteCost {
  /** Requests (syncs) that carried the write, and the largest one's estimated size in UTF-8 bytes. */
  readonly requests: number;
  readonly largestRequestBytes: number;
}

export type WriteSheetsOutcome =
  | ({
      readonly kind: "written";
      readonly sheets: readonly string[];
      readonly replaced: readonly string[];
      readonly capabilities: ExcelCapabilities;
      /** Sheets an earlier write left under temporary names (it could be neither finished nor undone), removed by this one. */
      readonly removedLeftovers: readonly string[];
    } & WriteCost)
  | { readonly kind: "cancelled"; readonly existing: readonly string[] }
  | { readonly kind: "changed" }
  | { readonly kind: "blocked"; readonly issues: readonly Issue[] };
