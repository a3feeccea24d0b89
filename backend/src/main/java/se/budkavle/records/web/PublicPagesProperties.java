package se.budkavle.records.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public pages served in every mode: the accessibility statement and the notice on official records
 * and personal data (the issue names the prefix {@code budkavle.public-pages}, kept free of {@code demo}).
 *
 * @param organisation the authority responsible for the hub, as the pages name it
 * @param accessibilityContact the e-mail address for reporting accessibility problems
 * @param recordsContact the e-mail address of the registry, for requests for official records and register extracts
 * @param frameAncestors who may show the pages in a frame, as a CSP {@code frame-ancestors} source list
 */
@ConfigurationProperties("budkavle.public-pages")
record PublicPagesProperties(@DefaultValue("Stadsdelsförvaltningen (demo)") String organisation,
		@DefaultValue("tillganglighet@demo.budkavle.se") String accessibilityContact,
		@DefaultValue("registrator@demo.budkavle.se") String recordsContact,
		@DefaultValue("'self'") String frameAncestors) {
}
