/** Registers `<bk-roll-call>`; importing this module alone is enough to use the element. */
import { BkRollCall } from './bk-roll-call.js';

BkRollCall.define();

export { BkRollCall };
