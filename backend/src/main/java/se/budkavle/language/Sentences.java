package se.budkavle.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits plain text into sentences of words the way LIX counts them: a sentence ends at a full stop, colon,
 * question or exclamation mark followed by a space, or at the end of a block; abbreviations such as "t.ex." do not
 * end one. A word is a run of letters and digits (inner hyphens, dots and the like kept); a number written with
 * spaces between groups of three digits ("10 000") is one word.
 */
final class Sentences {

	/** Abbreviations that never end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("t.ex.", "bl.a.", "s.k.", "dvs.", "d.v.s.", "t.o.m.",
			"fr.o.m.", "p.g.a.", "pga.", "ca.", "kl.", "nr.", "st.", "resp.", "jfr.", "enl.", "inkl.", "exkl.", "tel.",
			"obs.", "f.d.", "d.ä.", "t.v.", "t.h.", "s.", "sid.", "kap.", "tfn.", "e.g.", "i.e.", "mr.", "mrs.", "ms.",
			"dr.", "no.", "vs.", "approx.", "fig.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
			"sept.", "okt.", "oct.", "nov.", "dec.");

	/** Abbreviations that end a sentence when the next word starts with a capital letter. */
	private static final Set<String> FINAL_ABBREVIATIONS = Set.of("m.m.", "osv.", "o.s.v.", "m.fl.", "o.d.", "e.d.",
			"etc.", "o.dyl.");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

	private static final Pattern TERMINATOR = Pattern.compile("(?:[.!?:…])[\"'”’»)\\]]*$");

	private static final Pattern DIGIT_GROUP = Pattern.compile("\\d{3}");

	private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");

	private Sentences() {
	}

	/** A sentence: its words (edge punctuation removed) and its text as written. */
	record Sentence(List<String> words, String text) {
	}

	static List<Sentence> of(String block) {
		String[] chunks = WHITESPACE.split(block.strip());
		List<Sentence> sentences = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<String> written = new ArrayList<>();
		for (int i = 0; i < chunks.length; i++) {
			String chunk = chunks[i];
			String word = EDGE.matcher(chunk).replaceAll("");
			written.add(chunk);
			if (!word.isEmpty() && !continuesNumber(word, words)) {
				words.add(word);
			}
			if (!words.isEmpty() && endsSentence(chunk, (i + 1 < chunks.length) ? chunks[i + 1] : null)) {
				sentences.add(new Sentence(List.copyOf(words), String.join(" ", written)));
				words.clear();
				written.clear();
			}
		}
		if (!words.isEmpty()) {
			sentences.add(new Sentence(List.copyOf(words), String.join(" ", written)));
		}
		return sentences;
	}

	private static boolean continuesNumber(String word, List<String> words) {
		return DIGIT_GROUP.matcher(word).matches() && !words.isEmpty()
				&& NUMBER.matcher(words.get(words.size() - 1)).matches();
	}

	private static boolean endsSentence(String chunk, String next) {
		if (next == null || !TERMINATOR.matcher(chunk).find()) {
			return false;
		}
		String lower = chunk.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}\\p{N}]+", "");
		if (ABBREVIATIONS.contains(lower)) {
			return false;
		}
		if (FINAL_ABBREVIATIONS.contains(lower)) {
			return startsWithCapital(next);
		}
		return true;
	}

	private static boolean startsWithCapital(String next) {
		String word = EDGE.matcher(next).replaceAll("");
		return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
	}
}
