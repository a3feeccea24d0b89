package se.budkavle.records.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;

/**
 * The records API's outcomes as problem details, for the controllers of this package.
 */
@Configuration(proxyBeanMethods = false)
class RecordsProblems {

	@Bean
	ProblemTable recordsProblemTable() {
		return ProblemTable.forPackageOf(RecordsProblems.class)
			.row(InvalidRecordsRequest.class, HttpStatus.BAD_REQUEST, "invalid-records-request", "Invalid request",
					(row) -> row.detail((ex) -> "The request has a field the hub cannot use.")
						.fieldError(InvalidRecordsRequest::field))
			.row(RecordNotFound.class, notFounds(), (ex, exchange) -> notFound(ex))
			.row(RecordsForbidden.class, HttpStatus.FORBIDDEN, "records-forbidden", "Forbidden")
			.row(ArchiveTooLarge.class, HttpStatus.UNPROCESSABLE_CONTENT, "archive-too-large",
					"Archive package too large");
	}

	private static Answer notFound(RecordNotFound notFound) {
		return new Answer(HttpStatus.NOT_FOUND, notFound.type(), "Not found");
	}

	/** Every kind of record that can be missing, each its own type. */
	private static List<Answer> notFounds() {
		return Stream
			.of(RecordNotFound.disclosure(null), RecordNotFound.archivePackage(null), RecordNotFound.person(null))
			.map(RecordsProblems::notFound)
			.toList();
	}
}
