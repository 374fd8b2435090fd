import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The task pane's first script must stay small: what Office loads before anything shows (gzip, bytes). */
export const INITIAL_SCRIPT_LIMIT_BYTES = 150_000;

export interface InitialScript {
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

/**
 * The scripts taskpane.html itself loads from the add-in (office.js comes from Microsoft's CDN), each
 * gzipped as a server would send it: the lazy chunks fetched later do not count.
 */
export function initialScript(dist: string): InitialScript {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/giu)].map((m) => m[1] as string).filter((src) => !/^(https?:)?\/\//iu.test(src));
  if (sources.length === 0) throw new Error(`taskpane.html in ${dist} loads no script of its own`);
  const files = sources.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}
