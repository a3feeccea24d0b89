package se.budkavle.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import se.budkavle.identity.ConditionalOnDemoMode;

/**
 * Serves the demo intranet "Insidan" at {@code /} with its stylesheet and persona switcher script.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
class DemoPageRoutes {

	@Bean
	RouterFunction<ServerResponse> demoPage(PagePolicy policy) {
		return RouterFunctions
			.route(RequestPredicates.GET("/"), HtmlPages.page(HtmlPages.read("demo/index.html"), policy))
			.and(RouterFunctions.resources("/demo/assets/**", new ClassPathResource("demo/assets/")));
	}
}
