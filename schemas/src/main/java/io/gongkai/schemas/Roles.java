package io.gongkai.schemas;

import java.util.List;

/**
 * The roles a caller's access token may hold, in its claim {@value #CLAIM}, and what each lets it do over HTTP.
 * A caller holds only the roles it needs: a scraper's token is {@link #SUBMITTER} alone, so it cannot read findings.
 */
public final class Roles {

    /** The token claim that lists the roles. */
    public static final String CLAIM = "roles";

    /** Submits documents to ingest-service: upstream scrapers. */
    public static final String SUBMITTER = "submitter";
    /** Reads totals, violations and reports: regional monitoring offices. */
    public static final String VIEWER = "viewer";
    /** Records the review of a finding: monitoring staff who sign off. */
    public static final String REVIEWER = "reviewer";
    /** Reads health details, metrics and the rest of actuator: operators and their scrapers. */
    public static final String OPS = "ops";

    /** Every role, in the order above. */
    public static final List<String> ALL = List.of(SUBMITTER, VIEWER, REVIEWER, OPS);

    private Roles() {
    }
}
