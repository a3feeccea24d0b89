package se.budkavle.reach;

/**
 * A report period that ends before it starts or is longer than a report covers.
 */
public class InvalidPeriod extends RuntimeException {

	InvalidPeriod(String message) {
		super(message);
	}
}
