/**
 * Official records: the append-only audit trail of administrative and moderating actions, disclosure search and
 * export, and the register extract, for the records role (registrator, arkivarie).
 *
 * <p>Tables: audit_entry, audit_entry_refuse_change, disclosure, legal_hold, retention_run, retention_run_rule,
 * archive_package.
 * SQL API: audit_append, legal_hold_post. The modules below records (identity, org) append to the trail through that
 * function, since calling records' Java API would make a cycle; the modules above it call
 * {@link se.budkavle.records.Audit}. The modules that own records under retention contribute a
 * {@link se.budkavle.records.RetentionRule} each and leave out the posts listed in legal_hold_post.
 */
package se.budkavle.records;
