/**
 * The rule catalog of gongkai (shared spec: rules.md) and the engine that applies it: every check has a
 * stable id, a configurable severity, the canonical cells it reads, and messages in Chinese and English
 * that name those cells by their official labels. Plain Java: no Spring, no Kafka.
 */
package io.gongkai.validation.rules;
