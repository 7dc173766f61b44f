// Lint fixture (not linted with the tree, see eslint.config.js): one half of an import circle.
import { b } from './cycle-b';

export const a = (): string => `a${b()}`;
