/**
 * "Jag har läst": readers confirm posts that ask for it; authors and managers follow progress per unit and remind those
 * still pending.
 *
 * <p>Tables: acknowledgement, acknowledgement_reminder, acknowledgement_deadline_reminder. SQL API:
 * acknowledgement_record. That view serves the records module's register extract; other modules still read these tables
 * directly, listed as debt in src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.acknowledgement;
