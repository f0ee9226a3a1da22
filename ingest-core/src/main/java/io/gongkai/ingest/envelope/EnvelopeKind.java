package io.gongkai.ingest.envelope;

/** The kinds of envelope a scraper or crawler stores around a report's text. */
public enum EnvelopeKind {
    /** A crawler's page text: {@code key: value} metadata lines (标题, 发布时间, 原文链接 …), maybe a 正文 marker, the report. */
    CRAWLER_PAGE,
    /** A scraper's CSV record (RFC 4180), with or without a header row. */
    CSV_RECORD,
    /** A JSON object, a one-element array holding one, or one line of JSON Lines. */
    JSON_RECORD,
    /** A JavaScript string literal, or text still escaped as one (backslash-n, backslash-uXXXX). */
    JS_STRING
}
