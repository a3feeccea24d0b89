package se.budkavle.m365;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.integration.graph.FakeUser;
import se.budkavle.integration.graph.GraphDirectorySource;
import se.budkavle.integration.graph.UserDelta;
import se.budkavle.org.OrgTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The m365 benchmark (bench/run.sh m365; not a test that runs with the others: its name ends in Bench): a fake Graph
 * with 50,000 generated users; rounds of an initial sync into an empty organisation, then rounds of a 100-change
 * incremental sync, each timed as fetch+apply (the whole sync into the hub) against fetch-only (the same Graph pages
 * through the SDK) in the same round; the last round of each profiled when asked.
 */
@M365Test
class M365Bench {

	static final int USERS = Integer.getInteger("bench.users", 50_000);

	static final int CHANGES = Integer.getInteger("bench.changes", 100);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	@Autowired
	DirectorySync sync;

	@Autowired
	GraphDirectorySource source;

	@Autowired
	FakeGraph graph;

	@Autowired
	DatabaseClient database;

	final List<String> lines = new ArrayList<>();

	@Test
	void initialAndIncrementalSyncAgainstFetchOnly() throws IOException {
		EntraTenant.reset(this.graph, this.database);
		this.graph.reset().pageSize(999);
		List<FakeUser> users = generate(USERS);
		users.forEach(this.graph::put);
		say("users: %d (%d managers), Graph page size 999, %d changes in each incremental run, %d rounds of each",
				users.size(), users.stream().map(FakeUser::managerId).distinct().count() - 1, CHANGES, ROUNDS);

		long warmUp = time(() -> this.source.fetch(null, (p) -> {
		}));
		say("warm-up fetch (not counted): %s", ms(warmUp));
		List<long[]> initial = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			// Each round syncs into an empty organisation, as a hub's first sync does; the later rounds run warm.
			new OrgTables(this.database).clear();
			this.database.sql("truncate m365_user, m365_sync_state, m365_sync_run").then().block();
			UserDelta[] full = new UserDelta[1];
			long fetchOnly = time(() -> full[0] = this.source.fetch(null, (p) -> {
			}));
			SyncRun[] run = new SyncRun[1];
			boolean profiled = round == ROUNDS;
			long fetchApply = time(() -> run[0] = profiled(profiled, "initial", () -> this.sync.run("schedule", null)));
			assertThat(run[0].state()).isEqualTo("SUCCEEDED");
			say("  round %d: fetch-only %s (%d pages), fetch+apply %s (%d changes applied), ratio %.2f", round,
					ms(fetchOnly), full[0].pages(), ms(fetchApply), run[0].changesApplied(),
					(double) fetchApply / fetchOnly);
			initial.add(new long[] { fetchOnly, fetchApply });
		}
		long[] initialMedian = median(initial);
		say("initial:     fetch-only %s, fetch+apply %s (medians of %d rounds), ratio %.2f", ms(initialMedian[0]),
				ms(initialMedian[1]), ROUNDS, (double) initialMedian[1] / initialMedian[0]);

		List<long[]> incremental = new ArrayList<>();
		Set<String> gone = new HashSet<>();
		for (int round = 1; round <= ROUNDS; round++) {
			String link = this.database.sql("select delta_link from m365_sync_state")
				.map((row) -> row.get(0, String.class))
				.one()
				.block();
			change(users, gone, round);
			UserDelta[] delta = new UserDelta[1];
			long fetchOnly = time(() -> delta[0] = this.source.fetch(link, (p) -> {
			}));
			SyncRun[] run = new SyncRun[1];
			boolean profiled = round == ROUNDS;
			long fetchApply = time(
					() -> run[0] = profiled(profiled, "incremental", () -> this.sync.run("schedule", null)));
			assertThat(run[0].state()).isEqualTo("SUCCEEDED");
			assertThat(run[0].fullSync()).isFalse();
			say("  round %d: fetch-only %s (%d entries), fetch+apply %s (%d changes applied), ratio %.2f", round,
					ms(fetchOnly), delta[0].changes().size() + delta[0].removed().size(), ms(fetchApply),
					run[0].changesApplied(), (double) fetchApply / fetchOnly);
			incremental.add(new long[] { fetchOnly, fetchApply });
		}
		long[] incrementalMedian = median(incremental);
		say("incremental: fetch-only %s, fetch+apply %s (medians of %d rounds), ratio %.2f",
				ms(incrementalMedian[0]), ms(incrementalMedian[1]), ROUNDS,
				(double) incrementalMedian[1] / incrementalMedian[0]);
		Path out = Path.of(System.getProperty("bench.out", "target/bench-m365.txt"));
		Files.write(out, this.lines);
	}

	/**
	 * Runs a sync, profiled with async-profiler when asked ({@code bench.profiler} names its library; bench/run.sh
	 * sets it with BENCH_PROFILE=1): the profiler is attached to this JVM with jcmd for the sync only and leaves
	 * {@code <bench.profile.out>-<name>.html} and {@code .collapsed}.
	 */
	private SyncRun profiled(boolean profiled, String name, Supplier<Mono<SyncRun>> sync) {
		String library = System.getProperty("bench.profiler", "");
		if (!profiled || library.isEmpty()) {
			return sync.get().block();
		}
		String base = System.getProperty("bench.profile.out") + "-" + name;
		jcmd(library, "start,event=" + System.getProperty("bench.profile.event", "itimer") + ",interval=1ms");
		try {
			return sync.get().block();
		}
		finally {
			jcmd(library, "stop,file=" + base + ".html");
			jcmd(library, "dump,collapsed,file=" + base + ".collapsed");
			say("profile of the %s sync: %s.html (flame graph), .collapsed (folded stacks)", name, base);
		}
	}

	private static void jcmd(String library, String command) {
		// The agent's options in quotes of their own, as bench/lib/profile.sh passes them: jcmd splits at '='.
		ProcessBuilder builder = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()),
				"JVMTI.agent_load", library, "\"" + command + "\"").redirectErrorStream(true);
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("jcmd " + command + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The median of each column of the rounds' figures. */
	private static long[] median(List<long[]> rounds) {
		long[] median = new long[rounds.get(0).length];
		for (int column = 0; column < median.length; column++) {
			int c = column;
			long[] values = rounds.stream().mapToLong((round) -> round[c]).sorted().toArray();
			median[column] = values[values.length / 2];
		}
		return median;
	}

	/** A city: a director, 14 administrations, 70 departments, 560 units and 3,360 work groups, then employees. */
	static List<FakeUser> generate(int total) {
		List<FakeUser> users = new ArrayList<>(total);
		users.add(FakeUser.of("m-0", "Direktör 0", "Stadsdirektör", "Staden", null));
		int[] fanOut = { 14, 5, 8, 6 };
		String[] titles = { "Förvaltningschef", "Avdelningschef", "Enhetschef", "Gruppchef" };
		List<String> level = List.of("m-0");
		for (int depth = 0; depth < fanOut.length && users.size() < total; depth++) {
			List<String> next = new ArrayList<>();
			for (String parent : level) {
				for (int i = 0; i < fanOut[depth] && users.size() < total; i++) {
					String id = "m-" + users.size();
					users.add(FakeUser.of(id, "Chef " + users.size(), titles[depth], "Enhet " + users.size(), parent));
					next.add(id);
				}
			}
			level = next;
		}
		for (int i = 0; users.size() < total; i++) {
			String manager = level.get(i % level.size());
			users.add(FakeUser.of("e-" + users.size(), "Medarbetare " + users.size(), "Handläggare", null, manager));
		}
		return users;
	}

	/**
	 * A third each: employees moved to another work group, new job titles, and employees who left; each round other
	 * employees than the rounds before, never one who has left.
	 */
	private void change(List<FakeUser> users, Set<String> gone, int round) {
		List<FakeUser> employees = users.stream()
			.filter((user) -> user.id().startsWith("e-") && !gone.contains(user.id()))
			.toList();
		for (int i = 0; i < CHANGES; i++) {
			int pick = (i * 397 + round * 7919) % employees.size();
			FakeUser user = employees.get(pick);
			switch (i % 3) {
				case 0 -> this.graph.changeManager(user.id(),
						employees.get((pick + 50) % employees.size()).managerId());
				case 1 -> this.graph.put(user.withTitle("Specialist " + round));
				default -> {
					this.graph.remove(user.id());
					gone.add(user.id());
				}
			}
		}
	}

	private void say(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		this.lines.add(line);
		System.out.println("BENCH m365: " + line);
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static String ms(long nanos) {
		return Duration.ofNanos(nanos).toMillis() + " ms";
	}
}
