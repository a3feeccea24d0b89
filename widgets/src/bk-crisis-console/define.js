/** Registers `<bk-crisis-console>`; importing this module alone is enough to use the element. */
import { BkCrisisConsole } from './bk-crisis-console.js';

BkCrisisConsole.define();

export { BkCrisisConsole };
