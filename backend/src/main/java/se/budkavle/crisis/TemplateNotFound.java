package se.budkavle.crisis;

import java.util.UUID;

/** No crisis template has this id. */
class TemplateNotFound extends RuntimeException {

	TemplateNotFound(UUID id) {
		super("Crisis template " + id + " not found");
	}
}
