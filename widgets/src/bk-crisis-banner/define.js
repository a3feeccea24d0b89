/** Registers `<bk-crisis-banner>`; importing this module alone is enough to use the element. */
import { BkCrisisBanner } from './bk-crisis-banner.js';

BkCrisisBanner.define();

export { BkCrisisBanner };
