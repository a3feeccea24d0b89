package se.budkavle.cascade;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cascade module.
 *
 * @param zone the time zone working-day deadlines are counted in (Monday to Friday; public holidays are not known)
 * @param minimumGroupSize the fewest people a tracker figure (reach, feedback) may describe, as in reach
 */
@ConfigurationProperties("budkavle.cascade")
public record CascadeProperties(@DefaultValue("Europe/Stockholm") ZoneId zone,
		@DefaultValue("5") int minimumGroupSize) {
}
