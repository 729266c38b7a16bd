import { randomBytes } from "node:crypto";
import { link, lstat, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { decodeBytes } from "../domain/text";
import type { FileReason } from "../i18n/cli";

/** Why a file operation failed, from Node's error code. */
export function fileReason(error: unknown): { reason: FileReason; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ENOENT") return { reason: "notFound", message };
  if (code === "EACCES" || code === "EPERM") return { reason: "denied", message };
  if (code === "EISDIR") return { reason: "isDirectory", message };
  if (code === NOT_REGULAR) return { reason: "notRegular", message };
  if (code === TOO_LARGE) return { reason: "tooLarge", message };
  return { reason: "other", message };
}

/** Text from file bytes: the domain's rule (src/domain/text.ts), shared with the pane. */
export const decodeText = decodeBytes;

const NOT_REGULAR = "TYOLLISYYSALUE_NOT_REGULAR";
const TOO_LARGE = "TYOLLISYYSALUE_TOO_LARGE";

const failure = (code: string, message: string): Error => Object.assign(new Error(message), { code });

/** The error for input over the limit (`fileReason` says "tooLarge"). */
export const tooLarge = (path: string): Error => failure(TOO_LARGE, path);

/**
 * A regular file's bytes, at most `limit`: a device (`/dev/zero`), a pipe or a socket is refused
 * before reading, and so is a file over the limit — also one that grows while it is read.
 */
export async function readBytes(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw failure("EISDIR", path);
    if (!info.isFile()) throw failure(NOT_REGULAR, path);
    if (info.size > limit) throw failure(TOO_LARGE, path);
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
      if (read > limit) throw failure(TOO_LARGE, path);
      if (read === buffer.length) break;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/** Standard input, at most `limit` bytes: reading stops as soon as it is over. */
export async function readStream(stream: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw failure(TOO_LARGE, "stdin");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

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
 * Our temporary files: `.<target>.<pid>.<12 hex>.tmp` beside the target. The name carries the
 * writer's process id, so that a later run can tell a file left by a killed writer from one
 * being written right now.
 */
const temporaryName = (target: string, pid: number, hex: string): string => `.${target}.${pid}.${hex}.tmp`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A temporary file older than this is stale even if its process id is alive again (ids are reused). */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Is a process with this id running? EPERM means it is, under another user. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === "EPERM";
  }
}

export interface StaleCheck {
  readonly now?: number;
  readonly alive?: (pid: number) => boolean;
}

/**
 * Removes the temporary files an earlier write of `path` left behind when it was killed between
 * writing and renaming (SIGKILL, a power cut): only files of our own name pattern for this very
 * target, only regular files, and only when their process is gone or they are older than
 * STALE_TEMPORARY_MS. Best effort: a file that cannot be examined or removed stays. Returns the
 * names removed.
 */
export async function removeStaleTemporaries(path: string, check: StaleCheck = {}): Promise<string[]> {
  const { now = Date.now(), alive = processAlive } = check;
  const directory = dirname(path);
  const pattern = new RegExp(`^${escapeRegExp(`.${basename(path)}.`)}(\\d{1,10})\\.[0-9a-f]{12}\\.tmp$`);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const file = join(directory, name);
    try {
      const info = await lstat(file);
      if (!info.isFile()) continue;
      const old = now - info.mtimeMs > STALE_TEMPORARY_MS;
      if (!old && (pid === process.pid || alive(pid))) continue;
      await unlink(file);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/**
 * The bytes in a new temporary file beside `path`, flushed to the disk (fsync) before it is
 * closed, so that a rename after a crash never points at a file whose data is not there yet.
 */
export async function writeTemporary(path: string, bytes: Uint8Array): Promise<string> {
  const temporary = join(
    dirname(path),
    temporaryName(basename(path), process.pid, randomBytes(6).toString("hex")),
  );
  const handle = await open(temporary, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temporary;
}

/**
 * Flushes a directory's entries (the rename) to the disk where the system allows it; Windows
 * cannot open a directory for this, and there the rename is as durable as the system makes it.
 */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows, EINVAL on file systems without directory fsync: nothing to do.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `bytes` to `path` so that no reader ever sees half a file: the bytes go to a temporary
 * file beside it, flushed to the disk, which is then renamed into place (replacing `path` only
 * when `replace`), and the directory is flushed too. Without `replace`, the temporary file is
 * hard-linked to `path`, which fails if `path` exists — even if it appeared while we were writing.
 * On any failure the temporary file is removed; one left by a killed earlier run is removed first.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  await removeStaleTemporaries(path);
  let temporary: string | undefined;
  try {
    temporary = await writeTemporary(path, bytes);
    if (replace) {
      await rename(temporary, path);
      await syncDirectory(dirname(path));
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
      await syncDirectory(dirname(path));
      return;
    }
    await unlink(temporary);
    await syncDirectory(dirname(path));
  } finally {
    if (temporary !== undefined) await rm(temporary, { force: true });
  }
}
