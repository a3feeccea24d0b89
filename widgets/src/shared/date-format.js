/** Dates and times in the widget's language, in Swedish local time (the hub's organisation lives there). */

const LOCALES = { sv: 'sv-SE', en: 'en-GB' };
const TIME_ZONE = 'Europe/Stockholm';
const formats = new Map();

function formatter(language, options) {
	const key = `${language}|${JSON.stringify(options)}`;
	if (!formats.has(key)) {
		formats.set(key, new Intl.DateTimeFormat(LOCALES[language] ?? LOCALES.sv, { timeZone: TIME_ZONE, ...options }));
	}
	return formats.get(key);
}

function parse(value) {
	const date = value instanceof Date ? value : new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "3 dec. 2026" / "3 Dec 2026"; '' for a missing or unreadable value. */
export function formatDate(value, language) {
	const date = parse(value);
	return date ? formatter(language, { dateStyle: 'medium' }).format(date) : '';
}

/** "3 dec. 2026 12:00" / "3 Dec 2026, 12:00"; '' for a missing or unreadable value. */
export function formatDateTime(value, language) {
	const date = parse(value);
	return date ? formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : '';
}
