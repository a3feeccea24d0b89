/**
 * Official records: the append-only audit trail of administrative and moderating actions, disclosure search and
 * export, and the register extract, for the records role (registrator, arkivarie).
 *
 * <p>Tables: audit_entry, audit_entry_refuse_change, disclosure, archive_package. SQL API: audit_append. The modules below records (identity,
 * org) append to the trail through that function, since calling records' Java API would make a cycle; the modules
 * above it call {@link se.budkavle.records.Audit}.
 */
package se.budkavle.records;
