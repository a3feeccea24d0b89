// The test classes the moved-clock run of .ci/run repeats: every *Tests class of the Java modules that uses a test clock
// or names a fixed date or instant, itself or through the test code it names (a support class, a fixture, a test
// configuration), found anew from the sources on every run so that a new test is covered the day it is written.
// Prints them as one comma-separated list for Surefire's -Dtest. Classes that never touch a test clock or a fixed date
// run on the real clock, moved or not, exactly as they do in the main run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['backend/src/test/java', 'integration/src/test/java'];

// WidgetFilesTests checks the packaged widget jar, which a run of the surefire goal alone does not put on the
// classpath, and it holds no date.
const LEFT_OUT = new Set(['WidgetFilesTests']);

const DATED = new RegExp([
	String.raw`\b20\d\d-[01]\d-[0-3]\d`, // a date written out, in an Instant.parse, a JSON body or an SQL literal
	String.raw`\bClock\.(fixed|offset)\(`,
	String.raw`\bMutableClock\b`,
	String.raw`\bInstant\.(parse|ofEpochMilli|ofEpochSecond)\(`,
	String.raw`\b(LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime|Year|YearMonth)\.of\(`,
].join('|'));

function javaFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return javaFiles(path);
		return entry.name.endsWith('.java') ? [path] : [];
	});
}

const sources = new Map();
for (const root of ROOTS) {
	for (const file of javaFiles(root)) {
		sources.set(file.slice(file.lastIndexOf('/') + 1, -'.java'.length), readFileSync(file, 'utf8'));
	}
}

const names = [...sources.keys()];
const words = new Map([...sources].map(([name, text]) => [name, new Set(text.match(/\b[A-Z]\w*/g))]));
const dated = new Set(names.filter((name) => DATED.test(sources.get(name))));
for (let grew = true; grew;) {
	grew = false;
	for (const name of names) {
		if (!dated.has(name) && [...words.get(name)].some((word) => word !== name && dated.has(word))) {
			dated.add(name);
			grew = true;
		}
	}
}

const tests = names.filter((name) => name.endsWith('Tests') && dated.has(name) && !LEFT_OUT.has(name)).sort();
if (tests.length === 0) {
	throw new Error('no test class uses a test clock or a fixed date: the selection is broken');
}
console.error(`moved clock: ${tests.length} of ${names.filter((name) => name.endsWith('Tests')).length} test classes`
	+ ' use a test clock or a fixed date');
console.log(tests.join(','));
