/** Registers `<bk-compose>`; importing this module alone is enough to use the element. */
import { BkCompose } from './bk-compose.js';

BkCompose.define();

export { BkCompose };
