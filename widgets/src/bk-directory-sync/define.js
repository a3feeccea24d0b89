/** Registers `<bk-directory-sync>`; importing this module alone is enough to use the element. */
import { BkDirectorySync } from './bk-directory-sync.js';

BkDirectorySync.define();

export { BkDirectorySync };
