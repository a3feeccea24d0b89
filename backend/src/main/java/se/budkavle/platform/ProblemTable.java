package se.budkavle.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.core.ExceptionDepthComparator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.server.ServerWebExchange;

/**
 * One module's outcomes as problem details, declared as a table the hub's one problem handler answers from and the
 * API document lists: which exception answers, for which of the module's controllers, with which status, type and
 * title (and, where a row says so, which detail, extra members and headers).
 */
public final class ProblemTable {

	private final HandlerTypePredicate controllers;

	private final Map<Class<? extends Throwable>, Row<?>> rows = new LinkedHashMap<>();

	private ProblemTable(HandlerTypePredicate controllers) {
		this.controllers = controllers;
	}

	/**
	 * A table for the given controllers (and their subclasses).
	 * @param controllers the module's controllers
	 * @return an empty table
	 */
	public static ProblemTable forControllers(Class<?>... controllers) {
		return new ProblemTable(HandlerTypePredicate.forAssignableType(controllers));
	}

	/**
	 * A table for every controller in the package of the given type and below it.
	 * @param type a type of the package
	 * @return an empty table
	 */
	public static ProblemTable forPackageOf(Class<?> type) {
		return new ProblemTable(HandlerTypePredicate.forBasePackageClass(type));
	}

	/**
	 * A row whose problem carries the exception's message as its detail.
	 * @param <E> the exception type
	 * @param exception the exception
	 * @param status the status
	 * @param type the short type name
	 * @param title the title
	 * @return this table
	 */
	public <E extends Throwable> ProblemTable row(Class<E> exception, HttpStatus status, String type, String title) {
		return row(exception, status, type, title, (row) -> {
		});
	}

	/**
	 * A row with one answer, its detail, members or headers set by {@code details}.
	 * @param <E> the exception type
	 * @param exception the exception
	 * @param status the status
	 * @param type the short type name
	 * @param title the title
	 * @param details sets the row's detail, members and headers
	 * @return this table
	 */
	public <E extends Throwable> ProblemTable row(Class<E> exception, HttpStatus status, String type, String title,
			Consumer<Row<E>> details) {
		Answer answer = new Answer(status, type, title);
		return row(exception, List.of(answer), (ex, exchange) -> answer, details);
	}

	/**
	 * A row whose answer is chosen from the exception (or the request) among the ones it lists, with the exception's
	 * message as the detail.
	 * @param <E> the exception type
	 * @param exception the exception
	 * @param answers every answer the row can give, for the API document
	 * @param choice picks this occurrence's answer
	 * @return this table
	 */
	public <E extends Throwable> ProblemTable row(Class<E> exception, List<Answer> answers, Choice<E> choice) {
		return row(exception, answers, choice, (row) -> {
		});
	}

	/**
	 * A row whose answer is chosen from the exception (or the request) among the ones it lists.
	 * @param <E> the exception type
	 * @param exception the exception
	 * @param answers every answer the row can give, for the API document
	 * @param choice picks this occurrence's answer
	 * @param details sets the row's detail, members and headers
	 * @return this table
	 */
	public <E extends Throwable> ProblemTable row(Class<E> exception, List<Answer> answers, Choice<E> choice,
			Consumer<Row<E>> details) {
		Row<E> row = new Row<>(exception, List.copyOf(answers), choice);
		details.accept(row);
		this.rows.put(exception, row);
		return this;
	}

	/**
	 * Whether the table answers for a controller.
	 * @param controller the controller's class
	 * @return whether it is one the table names
	 */
	public boolean appliesTo(Class<?> controller) {
		return this.controllers.test(controller);
	}

	/**
	 * The rows, in the order declared.
	 * @return the rows
	 */
	public List<Row<?>> rows() {
		return new ArrayList<>(this.rows.values());
	}

	/**
	 * The answer to an exception as Spring's exception handlers choose: the row of its nearest type in the table, or
	 * else of its cause's, and so on down the causes.
	 * @param exception what was raised
	 * @param exchange the request
	 * @return the answer; empty when no row names the exception or any of its causes
	 */
	public Optional<ResponseEntity<ProblemDetail>> answer(Throwable exception, ServerWebExchange exchange) {
		for (Throwable raised = exception; raised != null; raised = (raised.getCause() != raised) ? raised.getCause()
				: null) {
			Row<?> row = rowFor(raised);
			if (row != null) {
				return Optional.of(row.answer(raised, exchange));
			}
		}
		return Optional.empty();
	}

	private Row<?> rowFor(Throwable raised) {
		List<Class<? extends Throwable>> matching = this.rows.keySet()
			.stream()
			.filter((type) -> type.isInstance(raised))
			.toList();
		return matching.isEmpty() ? null : this.rows.get(ExceptionDepthComparator.findClosestMatch(matching, raised));
	}

	/**
	 * One answer a row can give.
	 *
	 * @param status the HTTP status
	 * @param type the short type name, without the {@code urn:budkavle:problem:} prefix
	 * @param title the title, the same for every occurrence
	 */
	public record Answer(HttpStatus status, String type, String title) {
	}

	/**
	 * Picks a row's answer for one occurrence.
	 *
	 * @param <E> the exception type
	 */
	@FunctionalInterface
	public interface Choice<E> {

		/**
		 * The answer to this occurrence.
		 * @param exception what was raised
		 * @param exchange the request
		 * @return one of the row's answers
		 */
		Answer choose(E exception, ServerWebExchange exchange);
	}

	/**
	 * One exception's answers, with the detail, extra members and headers its problem carries.
	 *
	 * @param <E> the exception type
	 */
	public static final class Row<E extends Throwable> {

		private final Class<E> exception;

		private final List<Answer> answers;

		private final Choice<E> choice;

		private Function<? super E, String> detail = Throwable::getMessage;

		private final Map<String, Function<? super E, ?>> members = new LinkedHashMap<>();

		private final Map<String, Function<? super E, String>> headers = new LinkedHashMap<>();

		private Row(Class<E> exception, List<Answer> answers, Choice<E> choice) {
			this.exception = exception;
			this.answers = answers;
			this.choice = choice;
		}

		/**
		 * The detail, instead of the exception's message.
		 * @param detail the detail of an occurrence
		 * @return this row
		 */
		public Row<E> detail(Function<? super E, String> detail) {
			this.detail = detail;
			return this;
		}

		/**
		 * An extra member of the problem, such as {@code errors}.
		 * @param name the member's name
		 * @param value its value for an occurrence
		 * @return this row
		 */
		public Row<E> member(String name, Function<? super E, ?> value) {
			this.members.put(name, value);
			return this;
		}

		/**
		 * The {@code errors} member of a refused field: the field and the exception's message.
		 * @param field the field an occurrence refuses
		 * @return this row
		 */
		public Row<E> fieldError(Function<? super E, String> field) {
			return member("errors",
					(ex) -> List.of(Map.of("field", field.apply(ex), "message", ex.getMessage())));
		}

		/**
		 * A response header, such as {@code Retry-After}.
		 * @param name the header's name
		 * @param value its value for an occurrence
		 * @return this row
		 */
		public Row<E> header(String name, Function<? super E, String> value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * The exception the row answers.
		 * @return its type
		 */
		public Class<E> exception() {
			return this.exception;
		}

		/**
		 * Every answer the row can give.
		 * @return the answers
		 */
		public List<Answer> answers() {
			return this.answers;
		}

		/**
		 * The names of the extra members its problem carries.
		 * @return the names, in order
		 */
		public List<String> members() {
			return List.copyOf(this.members.keySet());
		}

		ResponseEntity<ProblemDetail> answer(Throwable raised, ServerWebExchange exchange) {
			E occurrence = this.exception.cast(raised);
			Answer answer = this.choice.choose(occurrence, exchange);
			ProblemDetail problem = Problems.of(answer.status(), answer.type(), answer.title(),
					this.detail.apply(occurrence));
			this.members.forEach((name, value) -> problem.setProperty(name, value.apply(occurrence)));
			ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
			this.headers.forEach((name, value) -> response.header(name, value.apply(occurrence)));
			return response.body(problem);
		}
	}
}
