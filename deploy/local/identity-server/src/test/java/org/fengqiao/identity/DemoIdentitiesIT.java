package org.fengqiao.identity;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** Every demo identity of CONVENTIONS.md gets a token with its role, division code and display name. */
class DemoIdentitiesIT {

    // CONVENTIONS.md "Demo identities" (demo county 330681 诸暨市)
    private static final int IDENTITIES_IN_CONVENTIONS = 27;

    @TempDir
    static Path keyDir;

    static RunningIdentityServer server;

    @BeforeAll
    static void start() {
        server = RunningIdentityServer.start(keyDir.resolve("identity/signing-key.jwk.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            county-dispatcher,     dispatcher,  330681,       县信访局调度员,  api
            county-supervisor,     supervisor,  330681,       县督查室督办员,  api
            county-leader,         leader,      330681,       县领导,         api
            county-surveyor,       surveyor,    330681,       县回访员,       api
            county-admin,          admin,       330681,       系统管理员,      api
            hotline-12345,         hotline,     330681,       12345热线系统,   work-orders
            handler-fengqiao,      handler,     330681101,    枫桥镇信访办,    api
            handler-zhaojia,       handler,     330681102,    赵家镇信访办,    api
            handler-dongbaihu,     handler,     330681103,    东白湖镇信访办,  api
            mediator-fengyuan,     mediator,    330681101201, 枫源村调解员,    api
            gridworker-fengyuan,   grid_worker, 330681101201, 枫源村网格员,    api
            mediator-chenjia,      mediator,    330681101202, 陈家村调解员,    api
            gridworker-chenjia,    grid_worker, 330681101202, 陈家村网格员,    api
            mediator-xinze,        mediator,    330681101203, 新择村调解员,    api
            gridworker-xinze,      grid_worker, 330681101203, 新择村网格员,    api
            mediator-zhaojiacun,   mediator,    330681102201, 赵家村调解员,    api
            gridworker-zhaojiacun, grid_worker, 330681102201, 赵家村网格员,    api
            mediator-xuanjiashan,  mediator,    330681102202, 宣家山村调解员,  api
            gridworker-xuanjiashan, grid_worker, 330681102202, 宣家山村网格员, api
            mediator-quanfan,      mediator,    330681102203, 泉畈村调解员,    api
            gridworker-quanfan,    grid_worker, 330681102203, 泉畈村网格员,    api
            mediator-sizhai,       mediator,    330681103201, 斯宅村调解员,    api
            gridworker-sizhai,     grid_worker, 330681103201, 斯宅村网格员,    api
            mediator-shangjing,    mediator,    330681103202, 上京村调解员,    api
            gridworker-shangjing,  grid_worker, 330681103202, 上京村网格员,    api
            mediator-dongxi,       mediator,    330681103203, 东溪村调解员,    api
            gridworker-dongxi,     grid_worker, 330681103203, 东溪村网格员,    api
            """)
    void identityGetsItsClaims(String clientId, String role, String jurisdiction, String name, String scope) {
        Jwt jwt = server.decoder().decode(server.accessToken(clientId));

        assertThat(jwt.getSubject()).isEqualTo(clientId);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(role);
        assertThat(jwt.getClaimAsString("jurisdiction")).isEqualTo(jurisdiction);
        assertThat(jwt.getClaimAsString("name")).isEqualTo(name);
        assertThat(jwt.getClaimAsString("scope")).isEqualTo(scope);
    }

    @Test
    void noIdentityBeyondThoseInConventions() {
        assertThat(server.properties().clients()).hasSize(IDENTITIES_IN_CONVENTIONS);
    }
}
