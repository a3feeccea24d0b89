package se.budkavle.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.budkavle.deploy.Manifests.at;
import static se.budkavle.deploy.Manifests.list;
import static se.budkavle.deploy.Manifests.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/**
 * The Helm chart under deploy/helm/budkavle, linted and rendered by Helm itself (helm-java), then read back: what a
 * cluster would receive with the default values, with every switch on (ci/full-values.yaml) and with the chart's own
 * CloudNativePG cluster.
 */
class HelmChartTests {

	static final Path CHART = Path.of("helm/budkavle");

	static Manifests defaults;

	static Manifests full;

	@BeforeAll
	static void render() {
		defaults = template(null);
		full = template(CHART.resolve("ci/full-values.yaml"));
	}

	static Manifests template(Path values) {
		var command = new Helm(CHART).template().withName("budkavle").withNamespace("intranet");
		if (values != null) {
			command.withValuesFile(values);
		}
		return Manifests.parse(command.call());
	}

	static Map<String, Object> container(Manifests manifests) {
		List<Map<String, Object>> containers = list(manifests.one("Deployment"), "spec.template.spec.containers");
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	static Map<String, Map<String, Object>> env(Manifests manifests) {
		return list(container(manifests), "env").stream()
			.collect(Collectors.toMap((entry) -> (String) entry.get("name"), (entry) -> entry));
	}

	static Map<String, Object> hubSettings(Manifests manifests) {
		return new Yaml().load(settingsText(manifests));
	}

	static String settingsText(Manifests manifests) {
		return (String) map(manifests.one("ConfigMap"), "data").get("application.yaml");
	}

	@Test
	void chartPassesHelmLintInStrictMode() {
		LintResult result = new Helm(CHART).lint().strict().call();

		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
	}

	@Test
	void defaultValuesProbeLivenessAndReadinessSeparatelyAndGiveTheStartTimeToAStartupProbe() {
		Map<String, Object> container = container(defaults);

		assertThat(at(container, "startupProbe.httpGet.path")).isEqualTo("/livez");
		assertThat(at(container, "livenessProbe.httpGet.path")).isEqualTo("/livez");
		assertThat(at(container, "readinessProbe.httpGet.path")).isEqualTo("/readyz");
		int startupBudget = (int) at(container, "startupProbe.periodSeconds")
				* (int) at(container, "startupProbe.failureThreshold");
		assertThat(startupBudget).as("seconds a start may take (51 s measured on a loaded 2-core machine)")
			.isGreaterThanOrEqualTo(120);
		assertThat(at(container, "livenessProbe.initialDelaySeconds")).isNull();
		assertThat(at(container, "lifecycle.preStop.exec.command")).isEqualTo(List.of("sleep", "5"));
		assertThat((int) at(defaults.one("Deployment"), "spec.template.spec.terminationGracePeriodSeconds"))
			.isGreaterThan(5 + 5);
	}

	@Test
	void defaultValuesRunTheHubUnderTheRestrictedPodSecurityStandard() {
		Map<String, Object> pod = map(defaults.one("Deployment"), "spec.template.spec");
		Map<String, Object> container = container(defaults);

		assertThat(at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
		assertThat(at(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
		assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);
		assertThat(at(container, "securityContext.runAsNonRoot")).isEqualTo(true);
		assertThat(at(container, "securityContext.allowPrivilegeEscalation")).isEqualTo(false);
		assertThat(at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
		assertThat(at(container, "securityContext.capabilities.drop")).isEqualTo(List.of("ALL"));
		assertThat(at(container, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
		assertThat(list(container, "volumeMounts")).anySatisfy((mount) -> {
			assertThat(mount.get("mountPath")).isEqualTo("/tmp");
			assertThat(list(pod, "volumes")).anySatisfy((volume) -> {
				assertThat(volume.get("name")).isEqualTo(mount.get("name"));
				assertThat(volume).containsKey("emptyDir");
			});
		});
	}

	@Test
	void defaultValuesNeverRunDemoModeAndAlwaysTheProductionProfile() {
		assertThat(at(env(defaults).get("SPRING_PROFILES_ACTIVE"), "value")).isEqualTo("prod");
		assertThat(at(hubSettings(defaults), "budkavle.demo.enabled")).isEqualTo(false);
		assertThat(at(hubSettings(full), "budkavle.demo.enabled")).isEqualTo(false);
		assertThat(env(defaults)).doesNotContainKeys("BUDKAVLE_DEMO_ENABLED");
	}

	@Test
	void defaultValuesRequestTheMeasuredMemoryAndLeaveTheJvmHeadroom() {
		Map<String, Object> container = container(defaults);

		assertThat(at(container, "resources.requests.memory")).isEqualTo("1Gi");
		assertThat(at(container, "resources.limits.memory")).isEqualTo("1536Mi");
		assertThat(at(container, "resources.limits.cpu")).as("a CPU limit would throttle the start").isNull();
		assertThat((String) at(env(defaults).get("JDK_JAVA_OPTIONS"), "value"))
			.contains("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError");
	}

	@Test
	void defaultValuesKeepTheSharedSecretsInOneSecretDrawnOnceAtInstall() throws IOException {
		// helm-java's template leaves hooks out of its output, so the hook's own template is read as written.
		String template = Files.readString(CHART.resolve("templates/secret.yaml"));
		Map<String, Map<String, Object>> env = env(defaults);

		assertThat(template).contains("helm.sh/hook: pre-install", "helm.sh/resource-policy: keep",
				"{{ .Values.secrets.keys.limitSecret }}: {{ randAlphaNum 48 | b64enc }}",
				"{{ .Values.secrets.keys.followUpSecret }}: {{ randAlphaNum 48 | b64enc }}",
				"{{ .Values.secrets.keys.attachmentSecret }}: {{ randAlphaNum 48 | b64enc }}",
				"{{- if not .Values.secrets.existingSecret }}");
		assertThat(template).doesNotContain("lookup");
		for (String name : List.of("BUDKAVLE_QUESTIONS_LIMITSECRET", "BUDKAVLE_QUESTIONS_FOLLOWUPSECRET",
				"BUDKAVLE_NEWS_ATTACHMENTSECRET")) {
			assertThat(at(env.get(name), "valueFrom.secretKeyRef.name")).isEqualTo("budkavle-secrets");
		}
		assertThat(env).doesNotContainKeys("SPRING_MAIL_PASSWORD", "SPRING_R2DBC_PASSWORD");
	}

	@Test
	void defaultValuesProtectAvailabilityButScaleOnlyWhenAsked() {
		assertThat(at(defaults.one("PodDisruptionBudget"), "spec.maxUnavailable")).isEqualTo(1);
		assertThat(at(defaults.one("PodDisruptionBudget"), "spec.selector.matchLabels"))
			.isEqualTo(at(defaults.one("Deployment"), "spec.selector.matchLabels"));
		assertThat(at(defaults.one("Deployment"), "spec.replicas")).isEqualTo(2);
		assertThat(at(defaults.one("Deployment"), "spec.strategy.rollingUpdate.maxUnavailable")).isEqualTo(0);
		assertThat(defaults.ofKind("HorizontalPodAutoscaler")).isEmpty();
		assertThat(defaults.ofKind("Ingress")).isEmpty();
		assertThat(defaults.ofKind("ServiceMonitor")).isEmpty();
		assertThat(defaults.ofKind("Cluster")).isEmpty();
		assertThat(list(defaults.one("Service"), "spec.ports")).extracting((port) -> port.get("name"))
			.containsExactly("http", "management");
	}

	@Test
	void ingressKeepsTheLiveWebSocketOpenForAnHour() {
		Map<String, Object> ingress = full.one("Ingress");
		Map<String, Object> annotations = map(ingress, "metadata.annotations");

		assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
			.containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600")
			.containsEntry("nginx.ingress.kubernetes.io/proxy-http-version", "1.1")
			.containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "64m");
		assertThat(at(ingress, "spec.ingressClassName")).isEqualTo("nginx");
		assertThat(at(ingress, "spec.rules.0.host")).isEqualTo("budkavle.stad.se");
		assertThat(at(ingress, "spec.rules.0.http.paths.0.backend.service.port.name")).isEqualTo("http");
		assertThat(at(ingress, "spec.tls.0.secretName")).isEqualTo("budkavle-tls");
		assertThat(at(hubSettings(full), "budkavle.delivery.hub-url")).isEqualTo("https://budkavle.stad.se");
	}

	@Test
	void webPushTakesItsPublicKeyFromTheValuesAndItsPrivateKeyFromTheSecret() {
		assertThat(at(hubSettings(full), "budkavle.delivery.web-push.enabled")).isEqualTo(true);
		assertThat(at(hubSettings(full), "budkavle.delivery.web-push.subject")).isEqualTo("mailto:budkavle@stad.se");
		assertThat((String) at(hubSettings(full), "budkavle.delivery.web-push.public-key")).startsWith("BP4z9KsN");
		assertThat(at(hubSettings(full), "budkavle.delivery.web-push.push-services"))
			.isEqualTo(List.of("fcm.googleapis.com", "push.services.mozilla.com"));
		assertThat(settingsText(full)).doesNotContain("private-key");
		assertThat(at(env(full).get("BUDKAVLE_DELIVERY_WEBPUSH_PRIVATEKEY"), "valueFrom.secretKeyRef"))
			.isEqualTo(Map.of("name", "budkavle-secrets", "key", "web-push-private-key"));
		assertThat(env(defaults)).doesNotContainKey("BUDKAVLE_DELIVERY_WEBPUSH_PRIVATEKEY");
		assertThat(settingsText(defaults)).doesNotContain("web-push");
	}

	@Test
	void autoscalingTakesOverTheReplicaCountAndKeepsTheDisruptionBudget() {
		Map<String, Object> hpa = full.one("HorizontalPodAutoscaler");

		assertThat(at(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
		assertThat(at(hpa, "spec.scaleTargetRef.name")).isEqualTo(at(full.one("Deployment"), "metadata.name"));
		assertThat(at(hpa, "spec.minReplicas")).isEqualTo(3);
		assertThat(at(hpa, "spec.maxReplicas")).isEqualTo(8);
		assertThat(at(hpa, "spec.metrics.0.resource.target.averageUtilization")).isEqualTo(65);
		assertThat(map(full.one("Deployment"), "spec")).doesNotContainKey("replicas");
		assertThat(full.ofKind("PodDisruptionBudget")).hasSize(1);
	}

	@Test
	void networkPolicyAdmitsTheIngressControllerToHttpAndOnlyMonitoringToManagement() {
		Map<String, Object> policy = full.one("NetworkPolicy");
		List<Map<String, Object>> rules = list(policy, "spec.ingress");

		assertThat(rules).hasSize(2);
		assertThat(at(rules.get(0), "ports.0.port")).isEqualTo("http");
		assertThat(map(rules.get(0), "from.0.namespaceSelector.matchLabels"))
			.containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
		assertThat(at(rules.get(1), "ports.0.port")).isEqualTo("management");
		assertThat(map(rules.get(1), "from.0.namespaceSelector.matchLabels"))
			.containsEntry("kubernetes.io/metadata.name", "monitoring");
		assertThat(at(policy, "spec.policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
		assertThat(list(policy, "spec.egress")).extracting((rule) -> at(rule, "ports.0.port"))
			.contains(53, 5432, 443, 587);

		List<Map<String, Object>> defaultRules = list(defaults.one("NetworkPolicy"), "spec.ingress");
		assertThat(defaultRules).as("by default nobody but the kubelet reaches the management port").hasSize(1);
		assertThat(at(defaultRules.get(0), "ports.0.port")).isEqualTo("http");
	}

	@Test
	void serviceMonitorScrapesPrometheusOnTheManagementPort() {
		Map<String, Object> monitor = full.one("ServiceMonitor");

		assertThat(at(monitor, "spec.endpoints.0.port")).isEqualTo("management");
		assertThat(at(monitor, "spec.endpoints.0.path")).isEqualTo("/actuator/prometheus");
		assertThat(map(monitor, "metadata.labels")).containsEntry("release", "kube-prometheus-stack");
		assertThat(at(hubSettings(full), "management.server.port")).isEqualTo(8081);
		assertThat(list(container(full), "ports")).extracting((port) -> port.get("containerPort"))
			.containsExactly(8080, 8081);
	}

	@Test
	void everySecretComesFromTheOperatorsSecretsAndTheChartMakesNone() {
		Map<String, Map<String, Object>> env = env(full);

		assertThat(full.ofKind("Secret")).isEmpty();
		assertThat(at(env.get("SPRING_R2DBC_PASSWORD"), "valueFrom.secretKeyRef.name")).isEqualTo("budkavle-db");
		assertThat(at(env.get("SPRING_FLYWAY_PASSWORD"), "valueFrom.secretKeyRef.name")).isEqualTo("budkavle-db");
		assertThat(at(env.get("SPRING_R2DBC_USERNAME"), "valueFrom.secretKeyRef.key")).isEqualTo("username");
		for (String name : List.of("BUDKAVLE_QUESTIONS_LIMITSECRET", "BUDKAVLE_QUESTIONS_FOLLOWUPSECRET",
				"BUDKAVLE_NEWS_ATTACHMENTSECRET", "SPRING_MAIL_PASSWORD", "BUDKAVLE_M365_CLIENTSECRET")) {
			assertThat(at(env.get(name), "valueFrom.secretKeyRef.name")).as(name).isEqualTo("budkavle-secrets");
		}
		assertThat(at(env.get("SPRING_MAIL_PASSWORD"), "valueFrom.secretKeyRef.optional")).isEqualTo(true);
		Map<String, Object> pod = map(full.one("Deployment"), "spec.template.spec");
		assertThat(list(pod, "volumes")).anySatisfy(
				(volume) -> assertThat(at(volume, "secret.secretName")).isEqualTo("budkavle-teams-webhooks"));
		assertThat(list(pod, "volumes")).anySatisfy(
				(volume) -> assertThat(at(volume, "secret.secretName")).isEqualTo("budkavle-graph-certificate"));
		assertThat(settingsText(full)).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret:");
	}

	@Test
	void everySettingReachesTheHub() {
		Map<String, Object> settings = hubSettings(full);
		Map<String, Map<String, Object>> env = env(full);

		assertThat(at(settings, "budkavle.identity.issuer-uri")).isEqualTo("https://login.stad.se/realms/budkavle");
		assertThat(at(settings, "budkavle.identity.jwk-set-uri")).asString().endsWith("/certs");
		assertThat(at(settings, "budkavle.identity.person-claim")).isEqualTo("oid");
		assertThat(at(settings, "budkavle.identity.roles-claim")).isEqualTo("roles");
		assertThat(at(settings, "budkavle.identity.allowed-origins"))
			.isEqualTo(List.of("https://intranat.stad.se", "https://medarbetare.stad.se"));
		assertThat(at(settings, "budkavle.identity.bootstrap-admins")).isEqualTo(List.of("it-admin@stad.se"));
		assertThat(at(settings, "budkavle.delivery.mail-from")).isEqualTo("budkavle@stad.se");
		assertThat(at(settings, "budkavle.delivery.links.post"))
			.isEqualTo("https://intranat.stad.se/nyheter?budkavle-post={id}");
		assertThat(at(settings, "budkavle.delivery.links.crisis")).isEqualTo("https://intranat.stad.se/kris?budkavle-crisis={id}");
		assertThat(at(settings, "budkavle.delivery.links.question")).as("blank: the hub's default").isNull();
		assertThat(settingsText(defaults)).as("no links given: the hub's defaults").doesNotContain("links");
		assertThat(at(settings, "budkavle.public-pages.organisation")).isEqualTo("Stockholms stad");
		assertThat(at(settings, "budkavle.public-pages.accessibility-contact")).isEqualTo("tillganglighet@stad.se");
		assertThat(at(settings, "budkavle.public-pages.records-contact")).isEqualTo("registrator@stad.se");
		assertThat(at(settings, "budkavle.public-pages.frame-ancestors")).isEqualTo("'self' https://intranat.stad.se");
		assertThat(at(settings, "budkavle.records.archive.organisation-name")).isEqualTo("Stockholms stad");
		assertThat(at(settings, "budkavle.records.archive.organisation-number")).isEqualTo("212000-0142");
		assertThat(at(settings, "budkavle.records.archive.max-records")).isEqualTo(5000);
		assertThat(at(settings, "budkavle.records.retention.schedule")).isEqualTo("0 30 2 * * *");
		assertThat(at(settings, "budkavle.records.retention.comments.period")).isEqualTo("P1095D");
		assertThat(at(settings, "budkavle.records.retention.comments.decision")).isEqualTo("KF 2026-05-12 §14 p. 3");
		assertThat(at(settings, "budkavle.records.retention.read-receipts.decision")).isEqualTo("KF 2026-05-12 §14 p. 7");
		assertThat(at(settings, "budkavle.records.retention.read-receipts.period")).as("blank: the hub's default")
			.isNull();
		assertThat(at(settings, "budkavle.records.retention.push-subscriptions.period")).isEqualTo("P90D");
		assertThat(at(settings, "spring.mail.host")).isEqualTo("smtp.stad.se");
		assertThat(at(settings, "spring.r2dbc.url")).asString().startsWith("r2dbc:postgresql://pg.stad.se");
		assertThat(at(settings, "spring.flyway.url")).asString().startsWith("jdbc:postgresql://pg.stad.se");
		assertThat(at(settings, "budkavle.m365.certificate-path")).isEqualTo("/etc/budkavle/m365/graph.pem");
		assertThat(at(settings, "budkavle.m365.unit-source")).isEqualTo("DEPARTMENT_PATH");
		assertThat(at(settings, "budkavle.org.import-file")).isEqualTo("/etc/budkavle/org/directory.jsonl");
		assertThat(at(settings, "budkavle.questions.daily-limit")).isEqualTo(5);
		assertThat(at(settings, "budkavle.api.server-url")).as("the API document names the public address")
			.isEqualTo("https://budkavle.stad.se");
		assertThat(at(settings, "logging.structured.format.console")).isEqualTo("ecs");
		assertThat(at(settings, "management.endpoint.health.probes.add-additional-paths")).isEqualTo(true);
		assertThat(at(env.get("SPRING_CONFIG_ADDITIONAL_LOCATION"), "value")).asString()
			.contains("file:/etc/budkavle/config/", "file:/etc/budkavle/secret-config/");
		assertThat(at(env.get("BUDKAVLE_PLATFORM_ACCESSLOG"), "value")).isEqualTo("true");
		assertThat(at(env.get("TZ"), "value")).isEqualTo("Europe/Stockholm");
		assertThat(list(container(full), "volumeMounts")).extracting((mount) -> mount.get("mountPath"))
			.contains("/tmp", "/etc/budkavle/config", "/etc/budkavle/org", "/srv/hr");
		assertThat(at(container(full), "image")).isEqualTo("registry.stad.se/budkavle/hub:1.4.2");
		assertThat(at(full.one("Deployment"), "spec.template.spec.securityContext.runAsUser"))
			.as("OpenShift picks the UID").isNull();
	}

	@Test
	void aCloudNativePgClusterBecomesTheHubsDatabase() {
		Manifests manifests = template(CHART.resolve("ci/cloudnativepg-values.yaml"));
		Map<String, Object> cluster = manifests.one("Cluster");
		Map<String, Map<String, Object>> env = env(manifests);

		assertThat(at(cluster, "apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
		assertThat(at(cluster, "spec.instances")).isEqualTo(3);
		assertThat(at(cluster, "spec.bootstrap.initdb.database")).isEqualTo("budkavle");
		String name = (String) at(cluster, "metadata.name");
		assertThat(at(hubSettings(manifests), "spring.r2dbc.url"))
			.isEqualTo("r2dbc:postgresql://" + name + "-rw:5432/budkavle");
		assertThat(at(hubSettings(manifests), "spring.flyway.url"))
			.isEqualTo("jdbc:postgresql://" + name + "-rw:5432/budkavle");
		assertThat(at(env.get("SPRING_R2DBC_PASSWORD"), "valueFrom.secretKeyRef.name")).isEqualTo(name + "-app");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a writable root filesystem     | securityContext: {readOnlyRootFilesystem: false, runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
			privilege escalation           | securityContext: {readOnlyRootFilesystem: true, runAsNonRoot: true, allowPrivilegeEscalation: true, capabilities: {drop: [ALL]}}
			demo mode through config       | config: {budkavle: {demo: {enabled: true}}}
			a profile without prod         | profiles: default
			an unknown top-level key       | replicas: 3
			a replica count in words       | replicaCount: two
			an issuer that is not a URL    | identity: {issuerUri: login.stad.se}
			an origin with a path          | identity: {allowedOrigins: [https://intranat.stad.se/start]}
			""")
	void valuesThatBreakTheSchemaAreRefused(String what, String values, @TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve("values.yaml"), values);

		assertThatThrownBy(() -> template(file)).as(what).hasMessageContaining("values don't meet the specifications of the schema");
	}
}
