/**
 * Numbers, durations and periods for `bk-reach-dashboard`: percentages with the language's decimal mark, ISO 8601
 * durations in words, and the report period as dates in the form and instants in the query.
 */

const UNITS = [['day', 86400], ['hour', 3600], ['minute', 60]];

/** Seconds in an ISO 8601 duration as Java writes it (`PT26H3M`, `P1DT2H`, `PT0.5S`), or null when it is not one. */
export function durationSeconds(iso) {
	const match = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/
		.exec(String(iso ?? ''));
	if (!match || iso === 'P' || iso === 'PT') return null;
	const [, minus, days = 0, hours = 0, minutes = 0, seconds = 0] = match;
	const total = Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
	return minus ? -total : total;
}

/** A duration in words in `lang`, e.g. "1 dag, 2 timmar och 5 minuter"; under a minute gives `underMinute`. */
export function durationInWords(iso, lang, underMinute) {
	let rest = durationSeconds(iso);
	if (rest === null) return null;
	const parts = [];
	for (const [unit, size] of UNITS) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		if (count > 0) parts.push(new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count));
	}
	if (parts.length === 0) return underMinute;
	return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(parts);
}

/** A percentage given as a number (62.5) with one decimal in the language's style: "62,5 %" or "62.5%". */
export function percent(value, lang) {
	return new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
		.format((value ?? 0) / 100);
}

/** A whole number with the language's grouping: "1 500" or "1,500". */
export function count(value, lang) {
	return new Intl.NumberFormat(lang).format(value ?? 0);
}

/** The local calendar date of `date` as YYYY-MM-DD. */
export function isoDate(date) {
	const pad = (number) => String(number).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The default report period: the last 30 days, today included. */
export function defaultPeriod(today = new Date()) {
	const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29);
	return { from: isoDate(from), to: isoDate(today) };
}

/**
 * The instant a period bound means: a date (YYYY-MM-DD) is local midnight — the day after for `to`, which the API
 * takes as exclusive — and anything with a time is passed on as written.
 */
export function periodInstant(value, { end = false } = {}) {
	if (!value) return undefined;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return value;
	const [, year, month, day] = match.map(Number);
	return new Date(year, month - 1, day + (end ? 1 : 0)).toISOString();
}

/** Query string from the defined entries of `params`, with a leading `?`, or '' when there are none. */
export function query(params) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) {
		if (value !== undefined && value !== null && value !== '') search.set(name, value);
	}
	const text = search.toString();
	return text ? `?${text}` : '';
}
