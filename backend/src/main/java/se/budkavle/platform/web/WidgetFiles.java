package se.budkavle.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.resource.EncodedResourceResolver;
import org.springframework.web.server.WebFilter;

/**
 * Serves the widget bundle to intranet pages on other origins: content-hashed files cached for a year, the stable
 * loaders, the manifest, {@code custom-elements.json} and the push service worker {@code bk-push-sw.js} briefly with an
 * ETag, the build's brotli/gzip files to browsers that accept them.
 */
@Configuration(proxyBeanMethods = false)
class WidgetFiles implements WebFluxConfigurer {

	static final String LOCATION = "classpath:/META-INF/resources/widgets/";

	/** Short enough that a new release reaches every intranet page within minutes, long enough to spare the hub. */
	static final Duration LOADER_MAX_AGE = Duration.ofMinutes(5);

	/**
	 * The loaders, the manifest, the custom-elements manifest and the push service worker, whose address browsers
	 * register and so must stay the same (a capture, not exact paths: a handler resolves the path within its pattern).
	 */
	private static final String STABLE = "/widgets/{stable:budkavle\\.js|budkavle\\.classic\\.js|manifest\\.json"
			+ "|custom-elements\\.json|bk-push-sw\\.js}";

	private final WidgetEtags etags = WidgetEtags.fromManifest(LOCATION);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(STABLE)
			.addResourceLocations(LOCATION)
			.setCacheControl(CacheControl.maxAge(LOADER_MAX_AGE).cachePublic())
			.setUseLastModified(false)
			.setEtagGenerator(this.etags::etagOf)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver());
		registry.addResourceHandler("/widgets/**")
			.addResourceLocations(LOCATION)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.setEtagGenerator(this.etags::etagOf)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver());
	}

	@Bean
	WebFilter widgetResourcePolicy() {
		return new WidgetResourcePolicy();
	}
}
