/** Registers `<bk-records-search>`; importing this module alone is enough to use the element. */
import { BkRecordsSearch } from './bk-records-search.js';

BkRecordsSearch.define();

export { BkRecordsSearch };
