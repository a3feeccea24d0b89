// Preloaded into Waline by bench/run.sh comments: Waline loads the sqlite3 native module at start-up whatever database
// it is configured for, and the module is installed without its native build (npm ci --ignore-scripts). The bench
// runs Waline on PostgreSQL, so an inert stand-in is enough; using it would throw.
const Module = require('node:module');

const load = Module._load;
Module._load = function loadWithoutSqlite(request, ...rest) {
	if (request === 'sqlite3') {
		const unused = () => {
			throw new Error('SQLite is not used by the benchmark: Waline runs on PostgreSQL');
		};
		return { verbose: () => ({ Database: unused, cached: { Database: unused } }), Database: unused, cached: { Database: unused } };
	}
	return load.call(this, request, ...rest);
};
