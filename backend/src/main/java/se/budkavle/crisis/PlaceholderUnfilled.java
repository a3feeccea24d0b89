package se.budkavle.crisis;

import java.util.List;

/** A crisis message still holds placeholders of its template ({@code {plats}}) that the sender has not filled in. */
class PlaceholderUnfilled extends RuntimeException {

	private final String field;

	private final List<String> placeholders;

	PlaceholderUnfilled(String field, List<String> placeholders) {
		super("The " + field + " still holds placeholders to fill in: "
				+ String.join(", ", placeholders.stream().map((name) -> "{" + name + "}").toList()));
		this.field = field;
		this.placeholders = List.copyOf(placeholders);
	}

	String field() {
		return this.field;
	}

	List<String> placeholders() {
		return this.placeholders;
	}
}
