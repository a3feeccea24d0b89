/**
 * Questions to the manager: asking upwards, anonymously if wanted, answers, escalation and response times.
 */
package se.budkavle.questions;
