package org.fengqiao.platform.testkit;

import java.util.Map;

/**
 * The demo county's division codes (CONVENTIONS.md): 诸暨市 330681 with three townships of three villages each;
 * grids are {@code <village>01} and {@code <village>02}.
 */
public final class DemoDivisions {

    /** 诸暨市 (demo county). */
    public static final String COUNTY = "330681";

    /** 枫桥镇. */
    public static final String FENGQIAO = "330681101";
    /** 赵家镇. */
    public static final String ZHAOJIA = "330681102";
    /** 东白湖镇. */
    public static final String DONGBAIHU = "330681103";

    /** 枫源村 (枫桥镇). */
    public static final String FENGYUAN = "330681101201";
    /** 陈家村 (枫桥镇). */
    public static final String CHENJIA = "330681101202";
    /** 新择村 (枫桥镇). */
    public static final String XINZE = "330681101203";
    /** 赵家村 (赵家镇). */
    public static final String ZHAOJIACUN = "330681102201";
    /** 宣家山村 (赵家镇). */
    public static final String XUANJIASHAN = "330681102202";
    /** 泉畈村 (赵家镇). */
    public static final String QUANFAN = "330681102203";
    /** 斯宅村 (东白湖镇). */
    public static final String SIZHAI = "330681103201";
    /** 上京村 (东白湖镇). */
    public static final String SHANGJING = "330681103202";
    /** 东溪村 (东白湖镇). */
    public static final String DONGXI = "330681103203";

    /** Grid 01 of 枫源村. */
    public static final String FENGYUAN_GRID_1 = FENGYUAN + "01";

    record Division(String pinyin, String name) {
    }

    static final Map<String, Division> TOWNSHIPS = Map.of(
            FENGQIAO, new Division("fengqiao", "枫桥镇"),
            ZHAOJIA, new Division("zhaojia", "赵家镇"),
            DONGBAIHU, new Division("dongbaihu", "东白湖镇"));

    static final Map<String, Division> VILLAGES = Map.of(
            FENGYUAN, new Division("fengyuan", "枫源村"),
            CHENJIA, new Division("chenjia", "陈家村"),
            XINZE, new Division("xinze", "新择村"),
            ZHAOJIACUN, new Division("zhaojiacun", "赵家村"),
            XUANJIASHAN, new Division("xuanjiashan", "宣家山村"),
            QUANFAN, new Division("quanfan", "泉畈村"),
            SIZHAI, new Division("sizhai", "斯宅村"),
            SHANGJING, new Division("shangjing", "上京村"),
            DONGXI, new Division("dongxi", "东溪村"));

    private DemoDivisions() {
    }
}
