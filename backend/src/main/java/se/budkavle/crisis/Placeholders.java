package se.budkavle.crisis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in a crisis template: a word in braces, {@code {plats}} or {@code {tid_för_återställning}} (a letter,
 * then letters, digits, {@code _} or {@code -}), filled in by the sender before the message goes out.
 */
final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\p{L}[\\p{L}\\p{N}_-]*)}");

	private Placeholders() {
	}

	/** The placeholders of the texts, each once, in order of appearance. */
	static List<String> in(String... texts) {
		LinkedHashSet<String> names = new LinkedHashSet<>();
		for (String text : texts) {
			Matcher matcher = PLACEHOLDER.matcher((text != null) ? text : "");
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return List.copyOf(names);
	}
}
