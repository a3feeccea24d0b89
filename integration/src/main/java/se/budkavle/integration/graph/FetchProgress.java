package se.budkavle.integration.graph;

/**
 * How far a delta fetch has come, reported after every page.
 *
 * @param pages pages fetched so far
 * @param users user entries (changes and removals) seen so far
 * @param restarted whether Graph asked for a full resync during this fetch
 */
public record FetchProgress(int pages, int users, boolean restarted) {
}
