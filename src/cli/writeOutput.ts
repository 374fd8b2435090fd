import { randomBytes } from "node:crypto";
import { mkdir, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { issue, type Issue } from "../domain/issues";

/** Why a write failed, in words a user can act on; the system's own text (EROFS…) never reaches them. */
function reasonOf(code: string | undefined): string {
  switch (code) {
    case "ENOSPC":
    case "EFBIG":
    case "EDQUOT":
      return "noSpace";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "noPermission";
    case "EISDIR":
      return "isDirectory";
    case "ENOTDIR":
    case "EEXIST":
      return "underFile";
    default:
      return "other";
  }
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses outputs that would destroy something: an input, a directory, a file that is not a workbook. An
 * input is the same file by its real path (symbolic links followed) or, when both exist, by device and
 * inode (a hard link, a name differing only in case on a case-insensitive disk). `option` is what the user
 * gave the path with, for the advice.
 */
export async function checkOutputPath(out: string, inputs: readonly string[], option: string): Promise<Issue | null> {
  const file = basename(out);
  if (extname(out).toLowerCase() !== ".xlsx") return issue("output.notXlsx", "error", { file }, { option });
  const target = await canonical(out);
  const info = await stat(out).catch(() => null);
  for (const input of inputs) {
    const other = await stat(input).catch(() => null);
    const same = (await canonical(input)) === target || (info !== null && other !== null && info.dev === other.dev && info.ino === other.ino);
    if (same) return issue("output.isInput", "error", { file }, { input: basename(input), option });
  }
  if (info?.isDirectory()) return issue("output.isDirectory", "error", { file }, { option });
  return null;
}

/**
 * Writes to a temporary file beside the target and renames it into place only when every byte is on
 * disk, so a failure (a full disk, no permission) leaves the previous file exactly as it was.
 */
export async function writeFileAtomically(out: string, data: Uint8Array, option: string): Promise<Issue | null> {
  const path = resolve(out);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    return null;
  } catch (error) {
    // The failure to report is the write; a temporary file that cannot be removed either changes nothing of the user's.
    await rm(temp, { force: true }).catch(() => undefined);
    return issue("output.cannotWrite", "error", { file: basename(path) }, { reason: reasonOf((error as { code?: string }).code), folder: dirname(path), option });
  }
}
