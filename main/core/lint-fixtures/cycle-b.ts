// Lint fixture (not linted with the tree, see eslint.config.js): the other half of an import circle.
import { a } from './cycle-a';

export const b = (): string => (Math.random() > 2 ? a() : 'b');
