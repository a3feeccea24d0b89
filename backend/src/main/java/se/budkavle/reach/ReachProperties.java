package se.budkavle.reach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reach figures.
 *
 * @param minimumGroupSize the fewest people a figure may describe; smaller groups are folded into "other"
 */
@ConfigurationProperties("budkavle.reach")
record ReachProperties(@DefaultValue("5") int minimumGroupSize) {

	ReachProperties {
		if (minimumGroupSize < 1) {
			throw new IllegalArgumentException("budkavle.reach.minimum-group-size must be at least 1");
		}
	}
}
