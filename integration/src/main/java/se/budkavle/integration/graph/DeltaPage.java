package se.budkavle.integration.graph;

/**
 * One page of a users delta as it arrives, with how far the fetch has come.
 *
 * @param entries the page's own entries: {@link UserDelta#deltaLink()} is set on the last page only, and
 * {@link UserDelta#pages()} is the page's number (1 again when Graph asked for a full resync)
 * @param progress the pages and user entries seen so far
 */
public record DeltaPage(UserDelta entries, FetchProgress progress) {

	/** Whether this is the last page, the one carrying the delta link. */
	public boolean last() {
		return this.entries.deltaLink() != null;
	}
}
