// Lint fixture (not linted with the tree, see eslint.config.js): db reaching up into the core.
import type { CoreContext } from '../../core/context';

export type FixtureContext = CoreContext;
