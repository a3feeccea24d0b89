package se.budkavle.comments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the comments module.
 *
 * @param editWindow how long after writing a comment its author may still edit it
 * @param rateLimit how many comments one person may write within {@code ratePeriod}
 * @param ratePeriod the period the rate limit counts over
 */
@ConfigurationProperties("budkavle.comments")
record CommentsProperties(@DefaultValue("15m") Duration editWindow, @DefaultValue("10") int rateLimit,
		@DefaultValue("1m") Duration ratePeriod) {
}
