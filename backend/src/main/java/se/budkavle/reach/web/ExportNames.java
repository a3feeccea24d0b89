package se.budkavle.reach.web;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import se.budkavle.reach.PostReach;
import se.budkavle.reach.UnitReport;

/**
 * Names export files for what they hold, {@code rackvidd-<unit>-<period>}, in plain ASCII so that every browser and
 * file system keeps them as they are.
 */
final class ExportNames {

	// The dates people mean are Swedish calendar days.
	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final int MAX_PART = 60;

	private ExportNames() {
	}

	/** {@code rackvidd-<unit>-<from>-<to>}, the last day of the period included. */
	static String of(UnitReport report) {
		return "rackvidd-" + slug(report.unit().name()) + "-" + day(report.from()) + "-" + lastDay(report.to());
	}

	/** {@code rackvidd-<unit>-<post title>-<day published>}. */
	static String of(PostReach reach) {
		String published = (reach.publishedAt() != null) ? "-" + day(reach.publishedAt()) : "";
		return "rackvidd-" + slug(reach.unit().name()) + "-" + slug(reach.title()) + published;
	}

	/** Lower-case ASCII words joined by hyphens: "Hägersten-Älvsjö stadsdelsförvaltning" → "hagersten-alvsjo-…". */
	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > MAX_PART) {
			slug = slug.substring(0, MAX_PART).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "enhet" : slug;
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, STOCKHOLM);
	}

	// A period ends at the first instant after it (or a moment before); either way its last day is the day before that.
	private static LocalDate lastDay(Instant end) {
		return LocalDate.ofInstant(end.minusMillis(1), STOCKHOLM);
	}
}
