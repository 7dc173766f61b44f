// Deliberately breaks the layering (see main/layers.test.ts): the api may not reach up into the
// doors' plumbing, here the data folder's lock.
export { lockDataFolder } from '../../runtime/data-lock';
