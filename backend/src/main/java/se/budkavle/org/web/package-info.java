/**
 * The organisation's HTTP API: reading units, members and people, and the admin directory import.
 */
package se.budkavle.org.web;
