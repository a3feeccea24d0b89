package se.budkavle.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.budkavle.platform.api.ApiProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves the live protocol's AsyncAPI 3.0 document, openly like the OpenAPI document, for integrators wiring the socket.
 */
@RestController
class LiveContract {

	static final String PATH = "/api/v1/live/asyncapi.json";

	static final String DOCUMENT = "asyncapi/live.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String document;

	LiveContract(ApiProperties properties) {
		this.document = JSON.writeValueAsString(document(properties));
	}

	@Operation(operationId = "getLiveContract", summary = "Read the live protocol's AsyncAPI document",
			description = "Open, no token needed, like /v3/api-docs. The AsyncAPI 3.0 description of the WebSocket at "
					+ "/api/v1/live: its messages both ways, the topics and the event types each module publishes on them, "
					+ "and the close codes. Its server and licence are those of the OpenAPI document (budkavle.api). "
					+ "Changes nothing.")
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> document() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.document);
	}

	/**
	 * The stored document with the licence and, where the API's address is known, the hub's host, scheme and path
	 * from {@code budkavle.api}, so both documents name the same server and terms.
	 */
	static ObjectNode document(ApiProperties properties) {
		ObjectNode document;
		try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
			document = (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DOCUMENT, ex);
		}
		ObjectNode license = ((ObjectNode) document.path("info")).putObject("license")
			.put("name", properties.licenseName());
		if (!properties.licenseUrl().isBlank()) {
			license.put("url", properties.licenseUrl());
		}
		URI api = URI.create(properties.serverUrl());
		if (api.getHost() != null) {
			ObjectNode hub = (ObjectNode) document.path("servers").path("hub");
			hub.put("host", api.getRawAuthority())
				.put("protocol", "https".equalsIgnoreCase(api.getScheme()) ? "wss" : "ws")
				.put("pathname", trimmedPath(api) + LiveSocket.PATH)
				.put("description", "The hub.")
				.remove("variables");
		}
		return document;
	}

	private static String trimmedPath(URI api) {
		String path = (api.getRawPath() != null) ? api.getRawPath() : "";
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}
}
