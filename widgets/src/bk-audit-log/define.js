/** Registers `<bk-audit-log>`; importing this module alone is enough to use the element. */
import { BkAuditLog } from './bk-audit-log.js';

BkAuditLog.define();

export { BkAuditLog };
