package se.budkavle.m365;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import se.budkavle.integration.graph.GraphConnection;
import se.budkavle.integration.graph.GraphDirectorySource;
import se.budkavle.integration.graph.GraphMessages;
import se.budkavle.integration.graph.GraphSettings;
import se.budkavle.integration.graph.UnitOptions;
import se.budkavle.org.DirectoryImports;

/**
 * The beans that call Microsoft Graph, created only when Microsoft 365 is switched on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(M365Properties.class)
class M365Configuration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("budkavle.m365.enabled")
	static class Enabled {

		@Bean
		@ConditionalOnMissingBean
		GraphConnection graphConnection(M365Properties properties) {
			return GraphConnection.of(new GraphSettings(properties.graphBaseUrl(), properties.authorityHost(),
					properties.tenantId(), properties.clientId(), properties.clientSecret(),
					properties.certificatePath()));
		}

		@Bean
		GraphDirectorySource graphDirectorySource(GraphConnection connection, M365Properties properties) {
			return new GraphDirectorySource(connection, properties.departmentAttribute());
		}

		@Bean
		GraphMessages graphMessages(GraphConnection connection) {
			return new GraphMessages(connection);
		}

		@Bean
		DirectorySync directorySync(GraphDirectorySource source, EntraUserStore users, SyncRuns runs,
				DirectoryImports imports, ReactiveTransactionManager transactionManager, M365Properties properties) {
			return new DirectorySync(source, users, runs, imports, TransactionalOperator.create(transactionManager),
					new UnitOptions(properties.unitSource(), properties.pathSeparator(),
							properties.unassignedUnitName()));
		}

		@Bean
		SyncSchedule syncSchedule(DirectorySync sync) {
			return new SyncSchedule(sync);
		}
	}
}
