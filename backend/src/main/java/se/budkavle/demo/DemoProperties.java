package se.budkavle.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo module.
 *
 * @param enabled demo mode, switched on explicitly (the README's run command does); read at start-up by the identity
 * module, which also needs no token issuer configured for demo mode
 * @param seed whether demo mode fills an empty organisation with the demo organisation at start-up
 * @param frameAncestors who may show the hub's pages in a frame, as a CSP {@code frame-ancestors} source list
 * ({@code 'none'}, {@code 'self'} or intranet origins)
 */
@ConfigurationProperties("budkavle.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean seed,
		@DefaultValue("'self'") String frameAncestors) {
}
