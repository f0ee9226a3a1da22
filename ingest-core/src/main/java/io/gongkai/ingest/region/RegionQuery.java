package io.gongkai.ingest.region;

/**
 * Everything region resolution may use about one report.
 *
 * @param organ      the organ as the report names it, e.g. 潮鸣街道办事处
 * @param title      the report's title
 * @param publisher  the 发布机构 line's value, or null
 * @param text       the whole text (place names in the body give context: 《2021年杭州市政务公开工作要点》)
 * @param year       the report's year: the gazetteer of that year applies (2024+ use 2023)
 * @param organHint  the scraper's guess of the organ, or null
 * @param regionHint the scraper's guess of the region: a gazetteer code or a place name, or null
 */
public record RegionQuery(String organ, String title, String publisher, String text, int year, String organHint, String regionHint) {
}
