package se.budkavle.news;

/** STUB until feat/news is merged. */
public enum PostStatus {
	SCHEDULED, PUBLISHED, WITHDRAWN
}
