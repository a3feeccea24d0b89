/**
 * Follows a live topic for `bk-comments`: through the page's own live connection when it offers one
 * (`window.Budkavle.live.subscribe(topic, onEvent)` returning an unsubscribe function), else through a
 * {@link LiveClient} of the element's own, which reconnects with backoff and resumes where it left off.
 * The same helper serves `bk-news-feed` and `bk-ack-progress` (shared/live-follow.js).
 */
export { follow } from '../shared/live-follow.js';
