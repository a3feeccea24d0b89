/** Registers `<bk-cascade-compose>`; importing this module alone is enough to use the element. */
import { BkCascadeCompose } from './bk-cascade-compose.js';

BkCascadeCompose.define();

export { BkCascadeCompose };
