package se.budkavle.m365;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
 * @param channels the Teams channel of each unit, by the unit's external id
 */
@ConfigurationProperties("budkavle.m365")
public record M365Properties(@DefaultValue("false") boolean enabled, String tenantId, String clientId,
		String clientSecret, Path certificatePath, @DefaultValue("https://graph.microsoft.com") URI graphBaseUrl,
		URI authorityHost, @DefaultValue("MANAGER_HIERARCHY") UnitSource unitSource,
		@DefaultValue("department") String departmentAttribute, @DefaultValue("/") String pathSeparator,
		@DefaultValue("Utan enhet") String unassignedUnitName, @DefaultValue("15m") Duration schedule,
		String mailbox, Map<String, TeamsChannel> channels) {

	public M365Properties {
		channels = (channels != null) ? Map.copyOf(channels) : Map.of();
	}

	/**
	 * A Teams channel.
	 *
	 * @param teamId the team's id (the group id)
	 * @param channelId the channel's id, such as {@code 19:...@thread.tacv2}
	 */
	public record TeamsChannel(String teamId, String channelId) {
	}
}
