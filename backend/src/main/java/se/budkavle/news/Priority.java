package se.budkavle.news;

/** How prominently a post shows: important unread posts come first in every feed. */
enum Priority {

	NORMAL, IMPORTANT

}
