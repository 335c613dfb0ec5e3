package org.fengqiao.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchPlannerTest {

    @TempDir
    Path dir;

    private Path root;
    private Path data;
    private LaunchPlanner planner;

    @BeforeEach
    void planWithAnOffset() throws Exception {
        root = FakeRepo.create(dir).toAbsolutePath().normalize();
        data = root.resolve("e2e-data");
        LocalStackOptions options = LocalStackOptions.defaults(root, Map.of()).withDataDir(data).withPortOffset(100);
        planner = new LaunchPlanner(options, "1.2.3", Path.of("/jdk/bin/java"));
    }

    @Test
    void aServiceGetsItsPortItsDatabaseTheBrokerAndTheIssuer() {
        LaunchPlan plan = planner.plan("petition-service");

        assertThat(plan.port()).isEqualTo(8181);
        assertThat(plan.url()).isEqualTo("http://localhost:8181");
        assertThat(plan.env())
                .containsEntry("SERVER_PORT", "8181")
                .containsEntry("MONGODB_URI", "mongodb://localhost:27117/petition")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9192")
                .containsEntry("OAUTH2_ISSUER_URI", "http://localhost:9100")
                .containsEntry("OAUTH2_JWK_SET_URI", "http://localhost:9100/oauth2/jwks")
                .containsEntry("FENGQIAO_DATA_DIR", data.toString())
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        assertThat(plan.health()).isEqualTo(URI.create("http://localhost:8181/actuator/health/readiness"));
        assertThat(plan.logFile()).isEqualTo(data.resolve("logs/petition-service.log"));
    }

    @Test
    void citizensLinksPointAtThisStacksGateway() {
        assertThat(planner.plan("survey-service").env()).containsEntry("FENGQIAO_PUBLIC_BASE_URL", "http://localhost:8180");
    }

    @Test
    void eachServiceUsesItsOwnDatabase() {
        assertThat(planner.plan("mediation-service").env()).containsEntry("MONGODB_URI", "mongodb://localhost:27117/mediation");
        assertThat(planner.plan("grid-service").env()).containsEntry("MONGODB_URI", "mongodb://localhost:27117/grid");
        assertThat(planner.plan("survey-service").env()).containsEntry("MONGODB_URI", "mongodb://localhost:27117/survey");
        assertThat(planner.plan("notification-service").env())
                .containsEntry("MONGODB_URI", "mongodb://localhost:27117/notification")
                .containsEntry("SERVER_PORT", "8185");
    }

    @Test
    void aBootApplicationRunsItsExecJarWithTheJvmOptions() {
        List<String> command = planner.plan("grid-service").command();

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command).containsSubsequence(LocalStackOptions.DEFAULT_JVM_OPTIONS);
        assertThat(command).contains("-Dfile.encoding=UTF-8", "-Dfengqiao.component=grid-service");
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("-jar",
                root.resolve("grid-service/target/grid-service-1.2.3-exec.jar").toString());
    }

    @Test
    void theGatewayGetsEveryServiceUrl() {
        LaunchPlan plan = planner.plan("gateway");

        assertThat(plan.port()).isEqualTo(8180);
        assertThat(plan.env())
                .containsEntry("SERVER_PORT", "8180")
                .containsEntry("PETITION_SERVICE_URL", "http://localhost:8181")
                .containsEntry("MEDIATION_SERVICE_URL", "http://localhost:8182")
                .containsEntry("GRID_SERVICE_URL", "http://localhost:8183")
                .containsEntry("SURVEY_SERVICE_URL", "http://localhost:8184")
                .containsEntry("NOTIFICATION_SERVICE_URL", "http://localhost:8185")
                .containsEntry("OAUTH2_ISSUER_URI", "http://localhost:9100")
                .containsEntry("OAUTH2_JWK_SET_URI", "http://localhost:9100/oauth2/jwks")
                .doesNotContainKeys("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(plan.health()).isEqualTo(URI.create("http://localhost:8180/actuator/health/readiness"));
    }

    @Test
    void theIdentityServerGetsTheDataDirAndAnIssuerOnItsOwnPortAndIsCheckedOnOverallHealth() {
        LaunchPlan plan = planner.plan("identity-server");

        assertThat(plan.env())
                .containsEntry("SERVER_PORT", "9100")
                .containsEntry("FENGQIAO_DATA_DIR", data.toString())
                .containsEntry("OAUTH2_ISSUER_URI", "http://localhost:9100");
        assertThat(plan.health()).isEqualTo(URI.create("http://localhost:9100/actuator/health"));
        assertThat(plan.requiredFiles()).containsExactly(
                root.resolve("deploy/local/identity-server/target/identity-server-1.2.3-exec.jar"));
    }

    @Test
    void kafkaRunsTheBrokerMainOnTheDevInfraClasspathWithBothPortsOffset() {
        LaunchPlan plan = planner.plan("kafka");
        Path target = root.resolve("deploy/local/dev-infra/target");

        assertThat(plan.command()).containsSubsequence("-cp",
                target.resolve("dev-infra-1.2.3.jar") + File.pathSeparator + target.resolve("lib").resolve("*"),
                "org.fengqiao.local.infra.KafkaBrokerMain",
                "--dir", data.resolve("kafka").toString(), "--port", "9192", "--controller-port", "9193",
                "--ready-file", data.resolve("kafka/ready").toString());
        assertThat(plan.ports()).containsExactly(9192, 9193);
        assertThat(plan.url()).isEqualTo("localhost:9192");
        assertThat(plan.readyFile()).isEqualTo(data.resolve("kafka/ready"));
        assertThat(plan.health()).isNull();
    }

    @Test
    void mongoRunsTheStoreMainWithItsDataDirectory() {
        LaunchPlan plan = planner.plan("mongo");

        assertThat(plan.command()).containsSubsequence("org.fengqiao.local.infra.MongoStoreMain",
                "--dir", data.resolve("mongo").toString(), "--port", "27117");
        assertThat(plan.url()).isEqualTo("mongodb://localhost:27117");
    }

    @Test
    void noTwoComponentsShareAPort() {
        List<Integer> ports = LocalStack.COMPONENTS.stream()
                .flatMap(name -> planner.plan(name).ports().stream()).toList();

        assertThat(ports).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void extraEnvironmentComesLastAndJvmOptionsAreReplaceable() throws Exception {
        LocalStackOptions options = LocalStackOptions.defaults(root, Map.of("FENGQIAO_JVM_OPTS", "-Xmx1g"))
                .withExtraEnv(Map.of("SERVER_PORT", "1234", "FENGQIAO_CLOCK", "fixed"));
        LaunchPlan plan = new LaunchPlanner(options, "1.2.3").plan("survey-service");

        assertThat(plan.env()).containsEntry("SERVER_PORT", "1234").containsEntry("FENGQIAO_CLOCK", "fixed");
        assertThat(plan.command()).contains("-Xmx1g").doesNotContain("-Xmx256m");
        assertThat(plan.command().get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    @Test
    void serviceUrlVariablesFollowTheGatewayConvention() {
        assertThat(ComponentSpec.services().stream().map(LaunchPlanner::serviceUrlVariable).collect(Collectors.toList()))
                .containsExactly("PETITION_SERVICE_URL", "MEDIATION_SERVICE_URL", "GRID_SERVICE_URL",
                        "SURVEY_SERVICE_URL", "NOTIFICATION_SERVICE_URL");
    }
}
