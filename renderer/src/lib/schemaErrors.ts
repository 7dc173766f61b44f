import type { z } from 'zod';

/**
 * Runs a contract schema in the browser for instant feedback (the server runs it again) and
 * returns Mantine-style errors keyed by form path. `pathMap` renames contract fields to form fields
 * where they differ (fineFen → fineYuan).
 */
export function schemaErrors(
  schema: z.ZodType,
  input: unknown,
  pathMap: Record<string, string> = {},
): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const key = pathMap[path] ?? path;
    errors[key] ??= issue.message;
  }
  return errors;
}
