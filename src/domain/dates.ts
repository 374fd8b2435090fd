/** Dates as the programme's users write them: 15.07.2025, never 2025-07-15. */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** "15.07.2025" or "2025-07-15" as an ISO date; anything else is no date. */
export function readDate(text: string): string | null {
  const trimmed = text.trim();
  const ua = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(trimmed);
  if (ua) return `${ua[3]}-${(ua[2] as string).padStart(2, "0")}-${(ua[1] as string).padStart(2, "0")}`;
  return /^\d{4}-\d{2}-\d{2}$/u.test(trimmed) ? trimmed : null;
}
