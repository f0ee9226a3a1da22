package io.gongkai.aggregation.monitoring;

import io.gongkai.events.Severity;

import java.util.List;

/** One violation of one report, with its stable id ({@link io.gongkai.schemas.ViolationIds}). */
public record Finding(String violationId, String rule, Severity severity, List<String> cells, String expected,
                      String actual, String messageZh, String messageEn) {
}
