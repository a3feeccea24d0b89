/** Registers `<bk-reach-dashboard>`; importing this module alone is enough to use the element. */
import { BkReachDashboard } from './bk-reach-dashboard.js';

BkReachDashboard.define();

export { BkReachDashboard };
