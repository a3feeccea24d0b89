package se.budkavle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Budkavle hub.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BudkavleApplication {

	public static void main(String[] args) {
		SpringApplication.run(BudkavleApplication.class, args);
	}
}
