package se.budkavle.cascade;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cascade module.
 *
 * @param zone the time zone working-day deadlines are counted in (Monday to Friday; public holidays are not known)
 * @param reminderBefore how long before a unit's deadline its manager is reminded (again each day until relayed)
 * @param nudgeCheck how often the reminder job looks for units nearing or past their deadline
 * @param minimumGroupSize the fewest people a tracker figure (reach, feedback) may describe, as in reach
 */
@ConfigurationProperties("budkavle.cascade")
public record CascadeProperties(@DefaultValue("Europe/Stockholm") ZoneId zone,
		@DefaultValue("24h") Duration reminderBefore, Duration nudgeCheck,
		@DefaultValue("5") int minimumGroupSize) {
}
