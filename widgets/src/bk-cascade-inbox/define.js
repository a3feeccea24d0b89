/** Registers `<bk-cascade-inbox>`; importing this module alone is enough to use the element. */
import { BkCascadeInbox } from './bk-cascade-inbox.js';

BkCascadeInbox.define();

export { BkCascadeInbox };
