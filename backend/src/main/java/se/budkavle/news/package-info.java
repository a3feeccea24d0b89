/**
 * News: managers, communicators and admins post to units, the audience is fixed at publication, and everyone reads
 * their own feed.
 */
package se.budkavle.news;
