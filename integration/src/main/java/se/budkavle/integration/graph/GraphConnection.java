package se.budkavle.integration.graph;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;

/**
 * One authenticated Graph client (the SDK's, with its retry handler for 429/503/504 honouring {@code Retry-After}),
 * shared by the directory source and mail; its Graph types stay inside this package.
 */
public final class GraphConnection {

	private final GraphServiceClient client;

	private GraphConnection(GraphServiceClient client, URI baseUrl) {
		this.client = client;
		this.client.getRequestAdapter().setBaseUrl(GraphSettings.root(baseUrl) + "/v1.0");
	}

	/**
	 * A connection that signs in as the application with a client secret or certificate (azure-identity).
	 * @param settings the tenant, app and credential
	 * @return the connection; no request is made until it is used
	 */
	public static GraphConnection of(GraphSettings settings) {
		String[] hosts = { settings.baseUrl().getHost() };
		var provider = new AzureIdentityAuthenticationProvider(credential(settings), hosts, settings.scope());
		return new GraphConnection(new GraphServiceClient(provider), settings.baseUrl());
	}

	/**
	 * A connection that sends a given bearer token, for a local fake of Graph in tests and benchmarks.
	 * @param baseUrl the fake's root (without {@code /v1.0})
	 * @param token gives the token to send
	 * @return the connection
	 */
	public static GraphConnection withToken(URI baseUrl, Supplier<String> token) {
		AccessTokenProvider provider = new AccessTokenProvider() {

			@Override
			public String getAuthorizationToken(URI uri, Map<String, Object> context) {
				return token.get();
			}

			@Override
			public AllowedHostsValidator getAllowedHostsValidator() {
				return new AllowedHostsValidator(Set.of(baseUrl.getHost()).toArray(String[]::new));
			}
		};
		return new GraphConnection(new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(provider)),
				baseUrl);
	}

	GraphServiceClient client() {
		return this.client;
	}

	private static TokenCredential credential(GraphSettings settings) {
		if (settings.certificatePath() != null) {
			var builder = new ClientCertificateCredentialBuilder().tenantId(settings.tenantId())
				.clientId(settings.clientId())
				.pemCertificate(settings.certificatePath().toString());
			if (settings.authorityHost() != null) {
				builder.authorityHost(settings.authorityHost().toString());
			}
			return builder.build();
		}
		var builder = new ClientSecretCredentialBuilder().tenantId(settings.tenantId())
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret());
		if (settings.authorityHost() != null) {
			builder.authorityHost(settings.authorityHost().toString());
		}
		return builder.build();
	}
}
