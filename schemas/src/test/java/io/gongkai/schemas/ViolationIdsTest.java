package io.gongkai.schemas;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ViolationIdsTest {

    private static final String REPORT = "330105004:上塘街道办事处:2023";

    @Test
    void theSameRuleOnTheSameCellsIsTheSameViolation() {
        String id = ViolationIds.of(REPORT, "APPLY_BALANCE", List.of("apply.received.total", "apply.handledTotal.total"));

        assertThat(id).startsWith(REPORT + "#APPLY_BALANCE#").hasSize(REPORT.length() + "#APPLY_BALANCE#".length() + 8);
        assertThat(ViolationIds.of(REPORT, "APPLY_BALANCE", List.of("apply.received.total", "apply.handledTotal.total"))).isEqualTo(id);
        assertThat(ViolationIds.of(REPORT, "APPLY_BALANCE", List.of("apply.received.naturalPerson"))).isNotEqualTo(id);
        assertThat(ViolationIds.of(REPORT, "ROW_TOTAL", List.of("apply.received.total", "apply.handledTotal.total"))).isNotEqualTo(id);
    }

    @Test
    void aViolationIdNamesItsReport() {
        assertThat(ViolationIds.reportId(ViolationIds.of(REPORT, "ROW_TOTAL", List.of("apply.granted.total")))).isEqualTo(REPORT);
        assertThatIllegalArgumentException().isThrownBy(() -> ViolationIds.reportId(REPORT)).withMessageContaining(REPORT);
    }
}
