package se.budkavle.platform.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the published API documents (OpenAPI and the live protocol's AsyncAPI) say about where and under which terms the API is offered.
 *
 * @param serverUrl the API's base URL as integrators reach it (for example {@code https://budkavle.stad.se}); the
 * default {@code /} means the host that serves the document
 * @param licenseName the licence the API is offered under, as named in the agreement with the organisation
 * @param licenseIdentifier the licence's SPDX identifier ({@code LicenseRef-…} for an agreement of one's own), used
 * when no URL is given
 * @param licenseUrl where the licence can be read; blank for none
 */
@ConfigurationProperties("budkavle.api")
public record ApiProperties(@DefaultValue("/") String serverUrl,
		@DefaultValue("Budkavle licence agreement") String licenseName,
		@DefaultValue("LicenseRef-Budkavle-Agreement") String licenseIdentifier, @DefaultValue("") String licenseUrl) {
}
