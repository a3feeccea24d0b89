/** Registers `<bk-directory-import>`; importing this module alone is enough to use the element. */
import { BkDirectoryImport } from './bk-directory-import.js';

BkDirectoryImport.define();

export { BkDirectoryImport };
