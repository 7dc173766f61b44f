// Case transfer and deadlines (issue #5): profiles, calendar years, transfers out and in.
export const transferMethods = {};
