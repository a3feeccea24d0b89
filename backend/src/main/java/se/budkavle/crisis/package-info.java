/**
 * Crisis messages: sent at once to whole subtrees on every channel, confirmed by each person, followed in a roll call
 * per unit, updated, ended by an all-clear, and kept whole in a log for the after-action review.
 *
 * <p>Tables: crisis, crisis_target, crisis_recipient, crisis_answer, crisis_update, crisis_delivery, crisis_call,
 * crisis_template, crisis_refuse_delete, crisis_template_refuse_update. SQL API: none; no other module reads these
 * tables.
 *
 * <p>Templates hold placeholders written as a word in braces, {@code {plats}}: a letter, then letters, digits,
 * {@code _} or {@code -}. A message still holding one is refused when sent.
 */
package se.budkavle.crisis;
