// Every API method under hostile input, shard 1 of 3 (see fuzz.test.ts and testing/fuzz-harness.ts).
import { describe } from 'vitest';
import { fuzzEveryMethod } from './testing/fuzz-harness';

describe('every API method under hostile input (1/3)', () => fuzzEveryMethod(0, 3));
