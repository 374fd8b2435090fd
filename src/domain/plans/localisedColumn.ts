import { t, type Locale, type MessageKey } from "../messages";
import type { ColumnPlan } from "./sheetPlan";

/** A column whose header is a message and whose key is the message's last part. */
export function col(locale: Locale, key: MessageKey, width: number, opts: Partial<Omit<ColumnPlan, "key" | "header" | "width">> = {}): ColumnPlan {
  return { key: key.slice(key.lastIndexOf(".") + 1), header: t(locale, key), width, wrap: opts.wrap ?? false, align: opts.align ?? "left", kind: opts.kind ?? "text", ...(opts.hideRepeats === true ? { hideRepeats: true } : {}) };
}
