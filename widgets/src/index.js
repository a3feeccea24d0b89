/** The one module script a page loads: it registers every Budkavle element. */
import './bk-me/define.js';

export { BkMe } from './bk-me/bk-me.js';
export { ApiClient, ApiProblem } from './shared/api-client.js';
export { BkCompose } from './bk-compose/define.js';
export { BkPost } from './bk-post/define.js';
