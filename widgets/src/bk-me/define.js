/** Registers `<bk-me>`; importing this module alone is enough to use the element. */
import { BkMe } from './bk-me.js';

BkMe.define();

export { BkMe };
