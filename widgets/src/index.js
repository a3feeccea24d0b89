/** The one module script a page loads: it registers every Budkavle element. */
import './bk-me/define.js';
import './bk-directory-sync/define.js';

export { BkMe } from './bk-me/bk-me.js';
export { BkDirectorySync } from './bk-directory-sync/bk-directory-sync.js';
export { ApiClient, ApiProblem } from './shared/api-client.js';
