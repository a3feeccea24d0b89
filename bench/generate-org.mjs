// Writes a generated organisation in Budkavle's directory file format (JSON Lines, see docs/directory-format.md):
// one city, administrations, departments, units and teams (5 levels), about UNITS units and PEOPLE people.
// Deterministic: the same arguments give the same file.
//   node bench/generate-org.mjs [people=50000] [units=5000] > org.jsonl
const people = Number(process.argv[2] ?? 50000);
const units = Number(process.argv[3] ?? 5000);

let seed = 20261129;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

const first = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Ahmed', 'Fatima', 'Johan', 'Sara', 'Mohammed', 'Eva', 'Ali',
	'Lena', 'Peter', 'Elin', 'Hassan', 'Ida', 'Mikael', 'Amina', 'Olle', 'Sofia', 'Nils', 'Leyla', 'Per'];
const last = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Hassan',
	'Ali', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Yilmaz', 'Lindberg', 'Berg', 'Holm', 'Ek', 'Lund'];
const titles = ['Undersköterska', 'Förskollärare', 'Handläggare', 'Socialsekreterare', 'Parkarbetare', 'Ekonom',
	'Barnskötare', 'Sjuksköterska', 'Lärare', 'Administratör'];

const out = [];
const emit = (record) => out.push(JSON.stringify(record));
const unitIds = [];
const leafUnits = [];
const unit = (id, name, kind, parent) => {
	emit({ type: 'unit', id, name, kind, parent });
	unitIds.push(id);
	return id;
};

// Shape: 1 city + A administrations × 6 departments × enheter × 3 teams. Departments differ in size the way they do
// in a real administration (elderly care is large, administration small), so one department in each administration
// holds about 1,500 people.
const administrations = 14;
const weights = [2.5, 1.2, 1, 0.8, 0.3, 0.2];
const teamsPerUnit = 3;
const enheter = Math.floor((units - 1 - administrations * (1 + weights.length)) / (1 + teamsPerUnit));
const weightSum = weights.reduce((sum, w) => sum + w, 0);
let remaining = units;
unit('city', 'Staden', 'ORGANISATION', null);
remaining--;
for (let a = 0; a < administrations; a++) {
	const admin = unit(`a${a}`, `Förvaltning ${a + 1}`, 'ADMINISTRATION', 'city');
	remaining--;
	weights.forEach((weight, d) => {
		const dept = unit(`a${a}-d${d}`, `Avdelning ${a + 1}.${d + 1}`, 'DEPARTMENT', admin);
		remaining--;
		const count = Math.max(1, Math.round(enheter / administrations * weight / weightSum));
		for (let e = 0; e < count; e++) {
			const enhet = unit(`${dept}-e${e}`, `Enhet ${a + 1}.${d + 1}.${e + 1}`, 'UNIT', dept);
			leafUnits.push(enhet);
			remaining--;
			for (let t = 0; t < teamsPerUnit; t++) {
				leafUnits.push(unit(`${enhet}-t${t}`, `Arbetsgrupp ${t + 1}`, 'TEAM', enhet));
				remaining--;
			}
		}
	});
}
// Rounding leaves a few units over: extra teams, so the total is exactly as asked.
for (let i = 0; remaining > 0; i++, remaining--) {
	const enhet = leafUnits.filter((id) => !id.includes('-t'))[i];
	leafUnits.push(unit(`${enhet}-x`, 'Arbetsgrupp extra', 'TEAM', enhet));
}

const managerOf = new Map();
for (let p = 0; p < people; p++) {
	const home = p < unitIds.length ? unitIds[p] : pick(leafUnits);
	const id = `p${p}`;
	const units = [home];
	// Team members also belong to their enhet, as in an HR export with both levels.
	if (/-(t\d+|x)$/.test(home)) {
		units.push(home.slice(0, home.lastIndexOf('-')));
	}
	emit({ type: 'person', id, name: `${pick(first)} ${pick(last)}`, email: `p${p}@bench.budkavle.se`,
		title: pick(titles), units });
	if (p < unitIds.length) {
		managerOf.set(home, id);
	}
}
// Keeps the demo admin and HR personas active after the import, so the benchmarks can go on using their tokens.
emit({ type: 'person', id: 'demo-admin', name: 'Nora Lund', email: 'nora.lund@demo.budkavle.se',
	title: 'Systemförvaltare', units: ['city'] });
emit({ type: 'person', id: 'demo-hr', name: 'Peter Wikström', email: 'peter.wikstrom@demo.budkavle.se',
	title: 'HR-specialist', units: ['city'] });
for (const [unitId, personId] of managerOf) {
	emit({ type: 'manager', unit: unitId, person: personId, deputy: false });
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`generated ${unitIds.length} units and ${people + 2} people\n`);
