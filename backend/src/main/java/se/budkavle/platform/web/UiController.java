package se.budkavle.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.budkavle.platform.UiProperties;

/**
 * Tells the widgets what to call the service in their messages; open like the widget files, because a widget needs
 * it precisely when signing in or reaching the hub has failed.
 */
@RestController
class UiController {

	private final UiProperties properties;

	UiController(UiProperties properties) {
		this.properties = properties;
	}

	@Operation(operationId = "getUi", summary = "Read the widget settings",
			description = "Open, no token needed: a widget needs it exactly when signing in or reaching the hub has failed. "
					+ "The name widgets call the service in their messages, cacheable publicly. Changes nothing.")
	@GetMapping("/api/v1/ui")
	ResponseEntity<Ui> ui() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(WidgetFiles.LOADER_MAX_AGE).cachePublic())
			.body(new Ui(this.properties.productName()));
	}

	/** The settings a widget reads. */
	record Ui(String productName) {
	}
}
