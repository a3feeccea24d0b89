/** The one module script a page loads: it registers every Budkavle element. */
import './bk-me/define.js';

export { BkMe } from './bk-me/bk-me.js';
export { ApiClient, ApiProblem } from './shared/api-client.js';
export { BkAskManager } from './bk-ask-manager/define.js';
export { BkQuestionInbox } from './bk-question-inbox/define.js';
