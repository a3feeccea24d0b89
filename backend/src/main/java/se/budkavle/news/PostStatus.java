package se.budkavle.news;

/**
 * Where a post is in its life: waiting for its publication time, out in feeds, or withdrawn (kept, never deleted).
 */
public enum PostStatus {

	SCHEDULED, PUBLISHED, WITHDRAWN

}
