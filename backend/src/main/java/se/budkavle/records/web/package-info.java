/**
 * The records role's HTTP API: the audit trail, disclosure search and export, the register extract.
 */
package se.budkavle.records.web;
