package se.budkavle.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

import se.budkavle.platform.Cursor;
import se.budkavle.platform.ProblemTable;

/**
 * The shared parts of the OpenAPI document: title, licence and server; the RFC 9457 problem schema; each operation
 * tagged with its module and given every problem its module's problem tables (and the shared fallback) answer with;
 * cursor pagination as reusable parameters.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PAGE_AFTER = "PageAfter";

	static final String PAGE_LIMIT = "PageLimit";

	private static final String MODULE_PACKAGE = "se.budkavle.";

	@Bean
	OpenAPI budkavleOpenApi(ApiProperties properties) {
		License license = new License().name(properties.licenseName());
		if (!properties.licenseUrl().isBlank()) {
			license.url(properties.licenseUrl());
		}
		else {
			license.identifier(properties.licenseIdentifier());
		}
		return new OpenAPI()
			.info(new Info().title("Budkavle API")
				.version("v1")
				.description("""
						Budkavle's HTTP API: news, acknowledgements, comments, questions, reach, the organisation and \
						the Microsoft 365 connector. Every route under /api/v1 takes a bearer token from the \
						organisation's identity provider unless it is marked open; what a person may see or change is \
						decided by the hub from the organisation. Errors are RFC 9457 problem details \
						(application/problem+json) with a stable `type` (urn:budkavle:problem:…) listed per operation. \
						Lists page with an opaque cursor: pass the `next` of one page as `after` to get the next. Live \
						updates are a WebSocket at /api/v1/live, described in AsyncAPI.""")
				.license(license))
			.servers(List.of(new Server().url(properties.serverUrl()).description("The Budkavle hub")))
			.components(new Components().addSchemas(ProblemResponses.SCHEMA, problemSchema())
				.addParameters(PAGE_AFTER, new Parameter().in("query")
					.name("after")
					.required(false)
					.description("The `next` cursor of the previous page; leave out for the first page.")
					.schema(new StringSchema()))
				.addParameters(PAGE_LIMIT, new Parameter().in("query")
					.name("limit")
					.required(false)
					.description("How many items a page holds, 1 to " + Cursor.MAX_LIMIT
							+ "; leave out for the route's default.")
					.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
						.maximum(java.math.BigDecimal.valueOf(Cursor.MAX_LIMIT)))));
	}

	/** The problems' examples, collected while operations are documented and put into the components after. */
	private final Map<String, Example> examples = new ConcurrentSkipListMap<>();

	/**
	 * Names schemas of nested types after their enclosing type too ({@code FeedPage.Item} is {@code FeedPageItem}):
	 * by simple name alone, the feed's items and the notifications' items were one schema, and the document described
	 * the feed wrongly.
	 */
	@Bean
	ModelConverter nestedTypeNames() {
		return new ModelResolver(Json31.mapper(), new NestedTypeNames()).openapi31(true);
	}

	/** Type names that join a nested type's enclosing types to its own simple name. */
	static final class NestedTypeNames extends TypeNameResolver {

		@Override
		protected String getNameOfClass(Class<?> type) {
			Class<?> outer = type.getEnclosingClass();
			return (outer == null) ? super.getNameOfClass(type) : getNameOfClass(outer) + type.getSimpleName();
		}
	}

	@Bean
	OperationCustomizer modulesProblemsAndPages(ObjectProvider<ProblemTable> tables, ApplicationContext context) {
		List<ProblemTable> modules = tables.orderedStream().toList();
		Set<ProblemEntry> everywhere = new LinkedHashSet<>();
		context.getBeansWithAnnotation(Answers.class)
			.values()
			.forEach((bean) -> everywhere.addAll(HandlerProblems.declared(bean)));
		Map<ProblemTable, Set<ProblemEntry>> answers = new ConcurrentHashMap<>();
		return (operation, handler) -> {
			operation.setTags(new ArrayList<>(List.of(module(handler))));
			for (ProblemTable table : modules) {
				if (table.appliesTo(handler.getBeanType())) {
					answers.computeIfAbsent(table, HandlerProblems::of)
						.forEach((problem) -> ProblemResponses.add(operation, problem, this.examples));
				}
			}
			everywhere.forEach((problem) -> ProblemResponses.add(operation, problem, this.examples));
			usePageParameters(operation);
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer problemExamples() {
		return (openApi) -> this.examples.forEach((name, example) -> openApi.getComponents().addExamples(name, example));
	}

	/** The module a controller belongs to: the first package below {@code se.budkavle}. */
	static String module(HandlerMethod handler) {
		String name = handler.getBeanType().getPackageName();
		if (!name.startsWith(MODULE_PACKAGE)) {
			return name;
		}
		String rest = name.substring(MODULE_PACKAGE.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static void usePageParameters(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters().replaceAll((parameter) -> {
			if (!"query".equals(parameter.getIn())) {
				return parameter;
			}
			return switch (parameter.getName()) {
				case "after" -> new Parameter().$ref("#/components/parameters/" + PAGE_AFTER);
				case "limit" -> new Parameter().$ref("#/components/parameters/" + PAGE_LIMIT);
				default -> parameter;
			};
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema schema = new ObjectSchema().description("An RFC 9457 problem detail. Members beyond these (such as "
				+ "`errors` for invalid input) are listed with each problem type's example.")
			.addProperty("type", new StringSchema().format("uri")
				.description("What went wrong, stable: urn:budkavle:problem:<name>."))
			.addProperty("title", new StringSchema().description("A short summary of the problem type."))
			.addProperty("status", new IntegerSchema().description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("What went wrong this time, for people."))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("requestId", new StringSchema()
				.description("The request's id, as logged; quote it when reporting a problem."));
		schema.setRequired(List.of("type", "title", "status"));
		schema.setAdditionalProperties(Boolean.TRUE);
		return schema;
	}
}
