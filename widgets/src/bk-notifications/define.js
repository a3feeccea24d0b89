/** Registers `<bk-notifications>`; importing this module alone is enough to use the element. */
import { BkNotifications } from './bk-notifications.js';

BkNotifications.define();

export { BkNotifications };
