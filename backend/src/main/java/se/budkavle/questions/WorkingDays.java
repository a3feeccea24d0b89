package se.budkavle.questions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Counts working days in Sweden: Monday to Friday except public holidays and the eves that are days off in practice
 * (midsommarafton, julafton, nyårsafton), so a deadline never runs out over Easter or Christmas.
 */
final class WorkingDays {

	private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(5, 1),
			MonthDay.of(6, 6), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));

	private WorkingDays() {
	}

	/**
	 * The moment a number of working days after another, at the same local time of day.
	 * @param start where counting starts
	 * @param days working days to count
	 * @param zone where days are counted
	 * @return the moment
	 */
	static Instant after(Instant start, int days, ZoneId zone) {
		ZonedDateTime at = start.atZone(zone);
		int left = days;
		while (left > 0) {
			at = at.plusDays(1);
			if (isWorkingDay(at.toLocalDate())) {
				left--;
			}
		}
		return at.toInstant();
	}

	static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
	}

	static boolean isHoliday(LocalDate date) {
		if (FIXED.contains(MonthDay.from(date))) {
			return true;
		}
		LocalDate easter = easterSunday(date.getYear());
		LocalDate midsummerEve = LocalDate.of(date.getYear(), 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
		return date.equals(easter.minusDays(2)) || date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39))
				|| date.equals(midsummerEve);
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}
}
