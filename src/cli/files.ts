import { randomBytes } from "node:crypto";
import { link, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { FileReason } from "../i18n/cli";

/** Why a file operation failed, from Node's error code. */
export function fileReason(error: unknown): { reason: FileReason; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ENOENT") return { reason: "notFound", message };
  if (code === "EACCES" || code === "EPERM") return { reason: "denied", message };
  if (code === "EISDIR") return { reason: "isDirectory", message };
  return { reason: "other", message };
}

/**
 * Text from file bytes. JSON and CSV files from Windows tools arrive as UTF-8 with or without a
 * byte-order mark, or as UTF-16 ("Unicode text" from Excel); a CSV saved as "ANSI" is
 * Windows-1252, which `legacy` allows (Finnish letters are all in it). Anything else is refused
 * rather than read with broken letters.
 */
export function decodeText(bytes: Uint8Array, legacy: boolean): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return legacy ? new TextDecoder("windows-1252").decode(bytes) : undefined;
  }
}

export const readBytes = (path: string): Promise<Uint8Array> => readFile(path);

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export class OutputExists extends Error {}

/**
 * Writes `bytes` to `path` so that no reader ever sees half a file: the bytes go to a temporary
 * file beside it, which is then renamed into place (replacing `path` only when `replace`). Without
 * `replace`, the temporary file is hard-linked to `path`, which fails if `path` exists — even if
 * it appeared while we were writing. On any failure the temporary file is removed.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    if (replace) {
      await rename(temporary, path);
      return;
    }
    try {
      await link(temporary, path);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "EEXIST") throw new OutputExists(path);
      // File systems without hard links (some network and FAT drives): check, then rename.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
      if (await exists(path)) throw new OutputExists(path);
      await rename(temporary, path);
      return;
    }
    await unlink(temporary);
  } finally {
    await rm(temporary, { force: true });
  }
}
