package se.budkavle.acknowledgement;

/**
 * The outcome of a reminder.
 *
 * @param reminded people reminded now
 * @param alreadyRemindedToday people still pending who had been reminded within the last day, so not again
 */
record Reminded(long reminded, long alreadyRemindedToday) {
}
