// Types of build-cli.mjs for the TypeScript that imports it (the crash test bundles its writer with it).
export function bundleForNode(root: string, entryPoints: Record<string, string>, outDir: string): Promise<void>;
export function buildCli(root: string): Promise<string>;
export const FONT_SUBSET_FILES: readonly string[];
export function copyFontSubsetWorker(root: string, outDir: string): void;
export function bundleWorkers(root: string, outDir: string): Promise<void>;
