/** The one module script a page loads: it registers every Budkavle element. */
import './bk-me/define.js';
import './bk-comments/define.js';
import './bk-reach-dashboard/define.js';

export { BkMe } from './bk-me/bk-me.js';
export { BkComments } from './bk-comments/bk-comments.js';
export { BkReachDashboard } from './bk-reach-dashboard/bk-reach-dashboard.js';
export { ApiClient, ApiProblem } from './shared/api-client.js';
