package se.budkavle.m365;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.budkavle.integration.graph.UnitSource;

/**
 * Settings of the Microsoft 365 module.
 *
 * @param enabled whether the hub talks to Microsoft 365 at all (off by default)
 * @param tenantId the Entra tenant (directory) id
 * @param clientId the app registration's application (client) id
 * @param clientSecret the app's client secret, or blank when a certificate is used
 * @param certificatePath a PEM file with the app's certificate and private key, or {@code null}
 * @param graphBaseUrl Graph's root without the version (national clouds, or a local fake in tests)
 * @param authorityHost the Entra sign-in host for national clouds, or {@code null} for the public cloud
 * @param unitSource where units come from: the manager hierarchy or a department path attribute
 * @param departmentAttribute the user attribute holding the department path (for {@code DEPARTMENT_PATH})
 * @param pathSeparator the separator between the levels of a department path
 * @param unassignedUnitName the name of the unit for people Entra places nowhere
 * @param schedule how often the directory is synchronised
 * @param mailbox the mailbox e-mail is sent from (Graph sendMail)
 * @param webhookTimeout how long a Teams Workflows webhook may take to accept a card
 * @param channels the Teams channel of each unit (its Workflows webhook), by the unit's external id
 */
// Unknown settings fail startup: a mapping left with the old team-id and channel-id would otherwise go silently unused.
@ConfigurationProperties(prefix = "budkavle.m365", ignoreUnknownFields = false)
public record M365Properties(@DefaultValue("false") boolean enabled, String tenantId, String clientId,
		String clientSecret, Path certificatePath, @DefaultValue("https://graph.microsoft.com") URI graphBaseUrl,
		URI authorityHost, @DefaultValue("MANAGER_HIERARCHY") UnitSource unitSource,
		@DefaultValue("department") String departmentAttribute, @DefaultValue("/") String pathSeparator,
		@DefaultValue("Utan enhet") String unassignedUnitName, Duration schedule,
		String mailbox, @DefaultValue("10s") Duration webhookTimeout, Map<String, TeamsWebhook> channels) {

	public M365Properties {
		channels = (channels != null) ? Map.copyOf(channels) : Map.of();
		channels.forEach(TeamsWebhook::check);
	}

	/**
	 * A Teams channel's Workflows webhook ("Post to a channel when a webhook request is received"). The URL carries
	 * its own signature, so it is a secret: it is never printed, not even in errors.
	 *
	 * @param webhookUrl the webhook's URL
	 */
	public record TeamsWebhook(String webhookUrl) {

		private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

		/** The webhook as a URI (checked at startup). */
		public URI uri() {
			return URI.create(this.webhookUrl.strip());
		}

		// Fails startup with the unit's key and what is wrong, leaving the URL itself out of the message.
		static void check(String unit, TeamsWebhook webhook) {
			String property = "budkavle.m365.channels[" + unit + "].webhook-url";
			if (webhook == null || webhook.webhookUrl() == null || webhook.webhookUrl().isBlank()) {
				throw new IllegalArgumentException(property + " is missing: set it to the URL of the channel's "
						+ "Teams Workflows webhook (team-id and channel-id are no longer used)");
			}
			URI uri;
			try {
				uri = webhook.uri();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(property + " is not a valid URL");
			}
			boolean https = "https".equalsIgnoreCase(uri.getScheme());
			boolean localHttp = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
					&& LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
			if (!uri.isAbsolute() || uri.getHost() == null || !(https || localHttp)) {
				throw new IllegalArgumentException(property + " must be an absolute https URL (http only for "
						+ "localhost and 127.0.0.1, in tests)");
			}
		}

		@Override
		public String toString() {
			return "TeamsWebhook[webhookUrl=(secret)]";
		}
	}
}
