/**
 * "Jag har läst": readers confirm posts that ask for it; authors and managers follow progress per unit and remind those
 * still pending.
 *
 * <p>Tables: acknowledgement, acknowledgement_reminder, acknowledgement_deadline_reminder. SQL API:
 * acknowledgement_record. That view says who confirmed which post and when: the records module's register extract, the
 * news feed and reach read it.
 */
package se.budkavle.acknowledgement;
