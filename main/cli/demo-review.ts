import type { DemoStep } from './demo-hooks';

/** Moves demo cases through review (filled by issue #3). */
export const advanceDemoReviews: DemoStep = async () => {};
