package se.budkavle.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;

import se.budkavle.language.Readability.FlaggedWord;

/**
 * A list of bureaucratic words and phrases with plainer suggestions, one entry a line:
 * {@code word (form, form, stem*) = suggestion}. Without forms the word itself is matched; {@code *} at the end of a
 * form matches any ending ({@code erhåll*} finds "erhåller" and "erhållit"). Matching ignores case and only takes
 * whole words. Lines starting with {@code #} are comments. A word is flagged by the first line that matches it, so an
 * inflected form listed before its base line gets its own inflected suggestion ({@code erhöll = fick} before
 * {@code erhålla (erhåll*) = få}): advice that reads as Swedish.
 */
final class WordList {

	private static final Pattern LINE = Pattern
		.compile("^(?<word>[^(=]+?)\\s*(?:\\((?<forms>[^)]*)\\))?\\s*=\\s*(?<suggestion>.+)$");

	private final List<Entry> entries;

	private WordList(List<Entry> entries) {
		this.entries = entries;
	}

	static WordList load(Resource resource) {
		try {
			return parse(resource.getContentAsString(StandardCharsets.UTF_8), resource.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the word list " + resource.getDescription(), ex);
		}
	}

	static WordList parse(String content, String source) {
		List<Entry> entries = new ArrayList<>();
		String[] lines = content.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				throw new IllegalArgumentException(source + " line " + (i + 1) + " is not 'word (forms) = suggestion'");
			}
			entries.add(entry(matcher));
		}
		return new WordList(List.copyOf(entries));
	}

	int size() {
		return this.entries.size();
	}

	/**
	 * The listed words that occur in the blocks, most frequent first, then in the order they first occur; each
	 * occurrence counts for the first line that matches it.
	 */
	List<FlaggedWord> find(List<String> blocks) {
		List<Found> found = new ArrayList<>();
		Set<Long> claimed = new HashSet<>();
		for (Entry entry : this.entries) {
			Set<String> forms = new LinkedHashSet<>();
			int count = 0;
			long first = Long.MAX_VALUE;
			for (int block = 0; block < blocks.size(); block++) {
				Matcher matcher = entry.pattern().matcher(blocks.get(block));
				while (matcher.find()) {
					long at = ((long) block << 32) + matcher.start();
					if (!claimed.add(at)) {
						continue;
					}
					count++;
					first = Math.min(first, at);
					forms.add(matcher.group().replaceAll("\\s+", " "));
				}
			}
			if (count > 0) {
				found.add(new Found(new FlaggedWord(entry.word(), count, entry.suggestion(), List.copyOf(forms)), first));
			}
		}
		return found.stream()
			.sorted(Comparator.comparingInt((Found word) -> word.word().count()).reversed()
				.thenComparingLong(Found::first))
			.map(Found::word)
			.toList();
	}

	private static Entry entry(Matcher matcher) {
		String word = matcher.group("word").strip();
		String forms = matcher.group("forms");
		List<String> all = (forms != null) ? Arrays.stream(forms.split(",")).map(String::strip)
			.filter((form) -> !form.isEmpty())
			.toList() : List.of(word);
		return new Entry(word, matcher.group("suggestion").strip(), pattern(all));
	}

	private static Pattern pattern(List<String> forms) {
		String alternatives = forms.stream().map(WordList::form).collect(Collectors.joining("|"));
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static String form(String form) {
		boolean stem = form.endsWith("*");
		String words = stem ? form.substring(0, form.length() - 1) : form;
		String quoted = Arrays.stream(words.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
		return stem ? quoted + "\\p{L}*" : quoted;
	}

	private record Entry(String word, String suggestion, Pattern pattern) {
	}

	private record Found(FlaggedWord word, long first) {
	}
}
