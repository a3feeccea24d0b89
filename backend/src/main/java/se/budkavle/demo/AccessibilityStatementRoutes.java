package se.budkavle.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the accessibility statement (tillgänglighetsredogörelse) that public bodies must publish, in every mode.
 */
@Configuration(proxyBeanMethods = false)
class AccessibilityStatementRoutes {

	@Bean
	RouterFunction<ServerResponse> accessibilityStatement(DemoProperties properties, PagePolicy policy) {
		String html = HtmlPages.read("demo/accessibility.html")
			.replace("{{contact}}", HtmlUtils.htmlEscape(properties.accessibilityContact()));
		return RouterFunctions.route(RequestPredicates.GET("/accessibility"), HtmlPages.page(html, policy));
	}
}
