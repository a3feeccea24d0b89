package se.budkavle.questions;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of questions to the manager.
 *
 * @param escalateAfterWorkingDays working days a question may wait for its first answer before it moves up a level
 * @param dailyLimit questions one person may ask per day, anonymous ones included
 * @param limitSecret the key of the daily limit's hash for anonymous questions; keep it out of the database. Blank:
 * a random one per start (limits then reset on restart)
 * @param followUpSecret the key of the HMAC that anonymous askers' follow-up keys are stored under; keep it out of
 * the database and the same on every instance. Blank: a random one per start (keys then stop working on restart)
 * @param followUpAttempts wrong follow-up keys one person may try within {@code followUpAttemptWindow} (more: 429)
 * @param followUpAttemptWindow the window the wrong keys are counted in
 * @param minimumGroupSize k: statistics show no group with fewer questions than this, and an anonymous question goes
 * to (and is labelled with) no unit whose subtree has fewer active people than this
 * @param zone where days and working days are counted
 * @param maxSubjectLength the longest subject accepted
 * @param maxBodyLength the longest question, answer or reply accepted
 */
@ConfigurationProperties("budkavle.questions")
public record QuestionsProperties(@DefaultValue("5") int escalateAfterWorkingDays, @DefaultValue("10") int dailyLimit,
		String limitSecret, @DefaultValue("5") int minimumGroupSize, @DefaultValue("Europe/Stockholm") ZoneId zone,
		@DefaultValue("200") int maxSubjectLength, @DefaultValue("10000") int maxBodyLength, String followUpSecret,
		@DefaultValue("10") int followUpAttempts, @DefaultValue("15m") Duration followUpAttemptWindow) {
}
