/** Sheet and table names compare without case in Excel. */
export const lower = (s: string) => s.toLocaleLowerCase();

/** A name no sheet (or table) has yet, recorded as taken; table names allow only letters, digits, "_" and ".". */
export function spare(taken: Set<string>, base: string, limit: number, joint = "~"): string {
  for (let i = 1; ; i++) {
    const candidate = `${base.slice(0, limit - String(i).length - 1)}${joint}${i}`;
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}
