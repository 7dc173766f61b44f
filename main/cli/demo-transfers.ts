import type { DemoStep } from './demo-hooks';

/** Sends and receives demo transfers (filled by issue #5). */
export const advanceDemoTransfers: DemoStep = async () => {};
