package se.budkavle.integration.graph;

import java.net.URI;
import java.nio.file.Path;

/**
 * How to reach Microsoft Graph as an application: the tenant, the app registration and its secret or certificate.
 *
 * @param baseUrl Graph's root without the version, such as {@code https://graph.microsoft.com} (national clouds:
 * {@code https://graph.microsoft.us}, {@code https://microsoftgraph.chinacloudapi.cn}; tests: a local fake)
 * @param authorityHost the Entra sign-in host, such as {@code https://login.microsoftonline.com}, or {@code null}
 * for the public cloud
 * @param tenantId the directory (tenant) id
 * @param clientId the application (client) id
 * @param clientSecret the client secret, or {@code null} when a certificate is used
 * @param certificatePath a PEM file with the certificate and its private key, or {@code null} with a secret
 */
public record GraphSettings(URI baseUrl, URI authorityHost, String tenantId, String clientId, String clientSecret,
		Path certificatePath) {

	/** The public cloud's Graph root. */
	public static final URI PUBLIC_CLOUD = URI.create("https://graph.microsoft.com");

	/**
	 * The scope an application token for this Graph is requested with.
	 * @return {@code <baseUrl>/.default}
	 */
	String scope() {
		return root(this.baseUrl) + "/.default";
	}

	static String root(URI baseUrl) {
		String text = baseUrl.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}
}
