/**
 * Demo mode: a made-up stadsdelsförvaltning seeded on first start, personas to sign in as, and the demo intranet page.
 */
package se.budkavle.demo;
