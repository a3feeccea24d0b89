/**
 * "Jag har läst": readers confirm posts that ask for it; authors and managers follow progress per unit and remind
 * those still pending.
 */
package se.budkavle.acknowledgement;
