/** Registers `<bk-ack-progress>`; importing this module alone is enough to use the element. */
import { BkAckProgress } from './bk-ack-progress.js';

BkAckProgress.define();

export { BkAckProgress };
