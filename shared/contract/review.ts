// Legal review (issue #3): submissions, materials, the nine points, opinions, sign-off.
export const reviewMethods = {};
