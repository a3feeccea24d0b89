/** Registers `<bk-post>`; importing this module alone is enough to use the element. */
import { BkPost } from './bk-post.js';

BkPost.define();

export { BkPost };
