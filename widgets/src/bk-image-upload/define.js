/** Registers `<bk-image-upload>`; importing this module alone is enough to use the element. */
import { BkImageUpload } from './bk-image-upload.js';

BkImageUpload.define();

export { BkImageUpload };
