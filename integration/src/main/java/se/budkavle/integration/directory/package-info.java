/**
 * Plain records of an organisation as a directory source sees it (HR export, Entra ID), with no connector types.
 */
package se.budkavle.integration.directory;
