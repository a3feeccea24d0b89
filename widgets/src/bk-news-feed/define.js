/** Registers `<bk-news-feed>`; importing this module alone is enough to use the element. */
import { BkNewsFeed } from './bk-news-feed.js';

BkNewsFeed.define();

export { BkNewsFeed };
