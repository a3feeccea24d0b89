/**
 * Questions to the manager: asking upwards, anonymously if wanted, answers, escalation and response times.
 *
 * <p>Tables: question, question_message, question_event, question_upvote, question_quota. SQL API: question_record,
 * question_message_record, question_upvote_record. Those views serve the records module (an anonymous question has no
 * asker there either); reach counts questions and their response times through question_record.
 */
package se.budkavle.questions;
