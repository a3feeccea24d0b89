/** Registers `<bk-question-inbox>`; importing this module alone is enough to use the element. */
import { BkQuestionInbox } from './bk-question-inbox.js';

BkQuestionInbox.define();

export { BkQuestionInbox };
