package se.budkavle.platform.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springframework.http.HttpStatus;

import se.budkavle.platform.Problems;

/**
 * Writes problem responses into the API document the same way for every module: per status one
 * {@code application/problem+json} response whose examples name each problem type the operation can answer with.
 */
public final class ProblemResponses {

	/** The shared RFC 9457 schema's name under {@code components.schemas}. */
	public static final String SCHEMA = "Problem";

	private static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private ProblemResponses() {
	}

	/**
	 * Adds one problem to an operation's responses (once per type), its example kept once in the document's components.
	 * @param openApi the document
	 * @param operation the operation
	 * @param status the HTTP status
	 * @param type the short type name, such as {@code unauthenticated}
	 * @param title the problem's title
	 */
	public static void add(OpenAPI openApi, Operation operation, int status, String type, String title) {
		if (openApi.getComponents().getExamples() == null) {
			openApi.getComponents().setExamples(new LinkedHashMap<>());
		}
		add(operation, new ProblemEntry(status, type, title, List.of()), openApi.getComponents().getExamples());
	}

	/**
	 * Adds one problem to an operation's responses (once per type): the response refers to the problem's example in
	 * {@code components.examples}, which is put into {@code examples} here if it is not there yet.
	 */
	static void add(Operation operation, ProblemEntry problem, Map<String, Example> examples) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		String code = Integer.toString(problem.status());
		ApiResponse response = operation.getResponses().get(code);
		if (response == null || response.getContent() == null || response.getContent().get(MEDIA_TYPE) == null) {
			response = newResponse(problem.status());
			operation.getResponses().addApiResponse(code, response);
		}
		MediaType media = response.getContent().get(MEDIA_TYPE);
		if (media.getExamples() == null) {
			media.setExamples(new LinkedHashMap<>());
		}
		if (!media.getExamples().containsKey(problem.type())) {
			String name = exampleName(problem);
			examples.putIfAbsent(name, example(problem));
			media.getExamples().put(problem.type(), new Example().$ref("#/components/examples/" + name));
			response.setDescription(description(problem.status(), media.getExamples()));
		}
	}

	/** The name of a problem's example in {@code components.examples}: its type and status. */
	static String exampleName(ProblemEntry problem) {
		return problem.type() + "-" + problem.status();
	}

	private static ApiResponse newResponse(int status) {
		ApiResponse response = new ApiResponse().content(new Content().addMediaType(MEDIA_TYPE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
		if (status == HttpStatus.TOO_MANY_REQUESTS.value() || status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.addHeaderObject("Retry-After", new Header()
				.description("Seconds to wait before trying again.")
				.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
		}
		return response;
	}

	private static Example example(ProblemEntry problem) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("type", Problems.type(problem.type()).toString());
		value.put("title", problem.title());
		value.put("status", problem.status());
		for (String member : problem.members()) {
			value.put(member, member.equals("errors") ? List.of() : null);
		}
		return new Example().summary(problem.title()).value(value);
	}

	private static String description(int status, Map<String, Example> examples) {
		HttpStatus known = HttpStatus.resolve(status);
		String reason = (known != null) ? known.getReasonPhrase() : "Problem";
		return reason + ": " + String.join(", ", examples.keySet().stream().map((type) -> "`" + type + "`").toList())
				+ ".";
	}
}
