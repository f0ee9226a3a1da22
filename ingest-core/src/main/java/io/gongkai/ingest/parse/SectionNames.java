package io.gongkai.ingest.parse;

import io.gongkai.events.Section;

/** How messages name a section: "§三 收到和处理政府信息公开申请情况". */
final class SectionNames {

    private static final String[] NAMES = {"§一 总体情况", "§二 主动公开政府信息情况", "§三 收到和处理政府信息公开申请情况",
            "§四 政府信息公开行政复议、行政诉讼情况", "§五 存在的主要问题及改进情况", "§六 其他需要报告的事项"};

    private SectionNames() {
    }

    static String of(Section section) {
        return NAMES[section.ordinal()];
    }

    /** The short form: "§三". */
    static String mark(Section section) {
        return NAMES[section.ordinal()].substring(0, 2);
    }
}
