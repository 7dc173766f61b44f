// Every API method under hostile input, shard 2 of 3 (see fuzz.test.ts and testing/fuzz-harness.ts).
import { describe } from 'vitest';
import { fuzzEveryMethod } from './testing/fuzz-harness';

describe('every API method under hostile input (2/3)', () => fuzzEveryMethod(1, 3));
