package io.gongkai.ingest.document;

/** The formats {@link DocumentReader} reads. */
enum DocumentFormat {
    TEXT("plain text", false),
    HTML("HTML", false),
    DOCX("Word .docx", true),
    DOC("Word .doc", true),
    PDF("PDF", true);

    private final String label;
    private final boolean binary;

    DocumentFormat(String label, boolean binary) {
        this.label = label;
        this.binary = binary;
    }

    /** How a detail message names the format. */
    String label() {
        return label;
    }

    /** Whether the format has a signature in its first bytes (so text can never be it). */
    boolean binary() {
        return binary;
    }
}
