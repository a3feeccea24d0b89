package se.budkavle.crisis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the crisis module.
 *
 * @param minGroup the smallest group whose roll-call counts are shown to those who see counts only (k)
 */
@ConfigurationProperties("budkavle.crisis")
public record CrisisProperties(@DefaultValue("5") int minGroup) {
}
