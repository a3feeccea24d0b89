/** The one module script a page loads: it registers every Budkavle element. */
import './bk-me/define.js';
import './bk-news-feed/define.js';
import './bk-ack-progress/define.js';
import './bk-notifications/define.js';
import './bk-comments/define.js';
import './bk-directory-sync/define.js';
import './bk-directory-import/define.js';
import './bk-reach-dashboard/define.js';
import './bk-session/define.js';
import './bk-roles/define.js';
import { pageLive } from './shared/page-live.js';

// The page's one live connection, there before any element follows a topic (window.Budkavle.live).
pageLive();

export { BkMe } from './bk-me/bk-me.js';
export { BkNewsFeed } from './bk-news-feed/bk-news-feed.js';
export { BkAckProgress } from './bk-ack-progress/bk-ack-progress.js';
export { BkNotifications } from './bk-notifications/bk-notifications.js';
export { BkComments } from './bk-comments/bk-comments.js';
export { BkDirectorySync } from './bk-directory-sync/bk-directory-sync.js';
export { BkDirectoryImport } from './bk-directory-import/bk-directory-import.js';
export { BkReachDashboard } from './bk-reach-dashboard/bk-reach-dashboard.js';
export { ApiClient, ApiProblem } from './shared/api-client.js';
export { BkSession } from './bk-session/bk-session.js';
export { PageLive } from './shared/page-live.js';
export { BkCompose } from './bk-compose/define.js';
export { BkPost } from './bk-post/define.js';
export { BkAskManager } from './bk-ask-manager/define.js';
export { BkQuestionInbox } from './bk-question-inbox/define.js';
export { BkRoles } from './bk-roles/define.js';
export { BkCascadeInbox } from './bk-cascade-inbox/define.js';
export { BkCascadeCompose } from './bk-cascade-compose/define.js';
export { BkCascadeTracker } from './bk-cascade-tracker/define.js';
export { BkRecordsSearch } from './bk-records-search/define.js';
export { BkAuditLog } from './bk-audit-log/define.js';
export { BkCrisisBanner } from './bk-crisis-banner/define.js';
export { BkRollCall } from './bk-roll-call/define.js';
export { BkCrisisConsole } from './bk-crisis-console/define.js';
