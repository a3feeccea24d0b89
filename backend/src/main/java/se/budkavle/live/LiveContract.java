package se.budkavle.live;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the live protocol's AsyncAPI 3.0 document, openly like the OpenAPI document, for integrators wiring the socket.
 */
@RestController
class LiveContract {

	static final String PATH = "/api/v1/live/asyncapi.json";

	static final String DOCUMENT = "asyncapi/live.json";

	@Operation(operationId = "getLiveContract", summary = "Read the live protocol's AsyncAPI document",
			description = "Open, no token needed, like /v3/api-docs. The AsyncAPI 3.0 description of the WebSocket at "
					+ "/api/v1/live: its messages both ways, the topics and the event types each module publishes on them, "
					+ "and the close codes. Changes nothing.")
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Resource> document() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ClassPathResource(DOCUMENT));
	}
}
