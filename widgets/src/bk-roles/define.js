/** Registers `<bk-roles>`; importing this module alone is enough to use the element. */
import { BkRoles } from './bk-roles.js';

BkRoles.define();

export { BkRoles };
