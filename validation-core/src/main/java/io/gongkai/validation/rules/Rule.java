package io.gongkai.validation.rules;

/** One check of the catalog: reads a {@link Subject} and adds what it finds to {@link Findings}. Stateless. */
interface Rule {

    RuleId id();

    void check(Subject subject, Findings findings);
}
