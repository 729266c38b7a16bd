/** The text of something thrown, when it has one; the caller says "unknown error" otherwise. */
export const errorText = (error: unknown): string | undefined =>
  error instanceof Error ? error.message : typeof error === "string" ? error : undefined;
