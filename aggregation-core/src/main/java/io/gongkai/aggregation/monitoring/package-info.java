/**
 * The monitoring read model: what a regional monitoring office asks of the reports — findings by region, rule,
 * severity, year and organ, with their reviews; reports by status; peer statistics — answered from an index kept
 * in memory from the parsed-report, outcome and review topics. Plain Java: the service feeds it and serves it.
 */
package io.gongkai.aggregation.monitoring;
