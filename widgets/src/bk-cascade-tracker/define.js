/** Registers `<bk-cascade-tracker>`; importing this module alone is enough to use the element. */
import { BkCascadeTracker } from './bk-cascade-tracker.js';

BkCascadeTracker.define();

export { BkCascadeTracker };
