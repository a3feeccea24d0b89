/** Registers `<bk-ask-manager>`; importing this module alone is enough to use the element. */
import { BkAskManager } from './bk-ask-manager.js';

BkAskManager.define();

export { BkAskManager };
