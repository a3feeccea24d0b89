/** Registers `<bk-session>`; importing this module alone is enough to use the element. */
import { BkSession } from './bk-session.js';

BkSession.define();

export { BkSession };
