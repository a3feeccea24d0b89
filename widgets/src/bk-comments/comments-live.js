/**
 * Follows a live topic for `bk-comments` through the page's one live connection (`window.Budkavle.live`, see
 * shared/page-live.js), which reconnects with backoff and resumes where it left off.
 * The same helper serves `bk-news-feed` and `bk-ack-progress` (shared/live-follow.js).
 */
export { follow } from '../shared/live-follow.js';
