package se.budkavle.cascade;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Deadlines counted in working days, Monday to Friday; public holidays are not known to the hub. */
final class WorkingDays {

	private WorkingDays() {
	}

	/** The same local time the given number of working days later. */
	static Instant after(Instant from, int days, ZoneId zone) {
		ZonedDateTime time = from.atZone(zone);
		int added = 0;
		while (added < days) {
			time = time.plusDays(1);
			if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return time.toInstant();
	}
}
