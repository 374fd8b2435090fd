/**
 * Funds are shown in тис. грн to one decimal: every figure is kept as it is shown, so that a total shown is
 * the sum of the parts shown. Twelve significant digits first, so that 1.45 (1.4499999… in binary) shows as
 * Excel shows it, 1,5.
 */
export function tenths(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/** Completeness as shown (97,1%): a share to three decimals, or none when nothing is expected. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}
