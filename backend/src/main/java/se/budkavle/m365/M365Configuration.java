package se.budkavle.m365;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.integration.graph.GraphConnection;
import se.budkavle.integration.graph.GraphDirectorySource;
import se.budkavle.integration.graph.GraphMessages;
import se.budkavle.integration.graph.GraphSettings;
import se.budkavle.integration.graph.UnitOptions;
import se.budkavle.org.DirectoryImports;
import se.budkavle.platform.UiProperties;

/**
 * The beans that talk to Microsoft 365, created only when it is switched on: Teams channels through their Workflows
 * webhooks, and, when a tenant is configured, everything that calls Microsoft Graph.
 */
@Configuration(proxyBeanMethods = false)
class M365Configuration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("budkavle.m365.enabled")
	static class Teams {

		@Bean
		TeamsChannel teamsChannel(M365Properties properties, DeepLinks links, UiProperties ui) {
			if (!properties.channels().isEmpty() && !links.postsAbsolute()) {
				throw new IllegalStateException("budkavle.delivery.hub-url must be set (or budkavle.delivery.links.post "
						+ "be absolute) when budkavle.m365.channels maps Teams channels: a card's link to the post has "
						+ "to be absolute");
			}
			return new TeamsChannel(WebClient.create(), properties, new HubLinks(links, ui));
		}
	}

	/** Graph needs the app registration: without a tenant only the Teams webhooks work. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("budkavle.m365.enabled")
	@ConditionalOnProperty("budkavle.m365.tenant-id")
	static class Graph {

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
		GraphMailChannel graphMailChannel(GraphMessages graph, M365Properties properties,
				DeepLinks links, UiProperties ui) {
			return new GraphMailChannel(graph, properties, new HubLinks(links, ui));
		}

		@Bean
		SyncSchedule syncSchedule(DirectorySync sync) {
			return new SyncSchedule(sync);
		}
	}
}
