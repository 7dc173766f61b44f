// Every API method under hostile input, shard 3 of 3 (see fuzz.test.ts and testing/fuzz-harness.ts).
import { describe } from 'vitest';
import { fuzzEveryMethod } from './testing/fuzz-harness';

describe('every API method under hostile input (3/3)', () => fuzzEveryMethod(2, 3));
