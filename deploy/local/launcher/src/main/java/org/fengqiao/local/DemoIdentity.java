package org.fengqiao.local;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo OAuth2 clients the local identity server registers (CONVENTIONS.md), shown in the ready banner.
 * Demo only: every client shares the secret from {@code FENGQIAO_DEMO_SECRET} (default {@code demo-secret}).
 */
record DemoIdentity(String clientId, String role, String jurisdiction, String name) {

    static final String SECRET_ENV = "FENGQIAO_DEMO_SECRET";
    static final String DEFAULT_SECRET = "demo-secret";

    private record Village(String pinyin, String code, String name) { }

    private static final List<Village> VILLAGES = List.of(
            new Village("fengyuan", "330681101201", "枫源村"),
            new Village("chenjia", "330681101202", "陈家村"),
            new Village("xinze", "330681101203", "新择村"),
            new Village("zhaojiacun", "330681102201", "赵家村"),
            new Village("xuanjiashan", "330681102202", "宣家山村"),
            new Village("quanfan", "330681102203", "泉畈村"),
            new Village("sizhai", "330681103201", "斯宅村"),
            new Village("shangjing", "330681103202", "上京村"),
            new Village("dongxi", "330681103203", "东溪村"));

    static List<DemoIdentity> all() {
        List<DemoIdentity> all = new ArrayList<>(List.of(
                new DemoIdentity("county-dispatcher", "dispatcher", "330681", "县信访局调度员"),
                new DemoIdentity("county-supervisor", "supervisor", "330681", "县督查室督办员"),
                new DemoIdentity("county-leader", "leader", "330681", "县领导"),
                new DemoIdentity("county-surveyor", "surveyor", "330681", "县回访员"),
                new DemoIdentity("county-admin", "admin", "330681", "系统管理员"),
                new DemoIdentity("hotline-12345", "hotline", "330681", "12345热线系统"),
                new DemoIdentity("handler-fengqiao", "handler", "330681101", "枫桥镇信访办"),
                new DemoIdentity("handler-zhaojia", "handler", "330681102", "赵家镇信访办"),
                new DemoIdentity("handler-dongbaihu", "handler", "330681103", "东白湖镇信访办")));
        for (Village village : VILLAGES) {
            all.add(new DemoIdentity("mediator-" + village.pinyin(), "mediator", village.code(),
                    village.name() + "调解员"));
            all.add(new DemoIdentity("gridworker-" + village.pinyin(), "grid_worker", village.code(),
                    village.name() + "网格员"));
        }
        return all;
    }
}
