/** Registers `<bk-comments>`; importing this module alone is enough to use the element. */
import { BkComments } from './bk-comments.js';

BkComments.define();

export { BkComments };
