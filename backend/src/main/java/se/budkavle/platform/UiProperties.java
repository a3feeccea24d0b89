package se.budkavle.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the widgets and the messages sent to people call the service: staff know their intranet's name ("Insidan"),
 * not the product's.
 *
 * @param productName the name messages use, e.g. "Det gick inte att nå Insidan"
 */
@ConfigurationProperties("budkavle.ui")
public record UiProperties(@DefaultValue("Budkavle") String productName) {

	/** A blank name falls back to "Budkavle", so no message ever names nothing. */
	public UiProperties {
		productName = (productName == null || productName.isBlank()) ? "Budkavle" : productName.strip();
	}
}
