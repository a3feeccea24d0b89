/**
 * Crisis messages: sent at once to whole subtrees on every channel, confirmed by each person, followed in a roll call
 * per unit, updated, ended by an all-clear, and kept whole in a log for the after-action review.
 *
 * <p>Tables: crisis, crisis_target, crisis_recipient, crisis_answer, crisis_update, crisis_delivery, crisis_call,
 * crisis_refuse_delete. SQL API: none; no other module reads these tables.
 */
package se.budkavle.crisis;
