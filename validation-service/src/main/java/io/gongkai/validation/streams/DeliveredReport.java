package io.gongkai.validation.streams;

import io.gongkai.events.ParsedReport;

/**
 * A parsed report as decoded from its topic, with the bytes it came in. The reports store keeps those bytes, so a
 * report is decoded once on its way in and never encoded again.
 */
record DeliveredReport(ParsedReport report, byte[] bytes) {
}
