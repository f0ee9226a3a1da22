package io.gongkai.schemas.cells;

import io.gongkai.events.Layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical cell ids of both layouts, in the form's order, with their official labels
 * (docs/spec/report-format.md, docs/spec/report-format-2019.md). Every part of gongkai names a figure by
 * these ids: the parser fills them, rules read them, violations point at them.
 */
public final class CellCatalog {

    /** The seven applicant columns of §三, in the official order: {@code apply.<row>.<column>}. */
    public static final List<String> APPLICANT_COLUMNS = List.of(
            "naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total");

    /** The four outcome columns and the total of §四: {@code <case>.<column>}. */
    public static final List<String> CASE_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    /** The three case kinds of §四. */
    public static final List<String> CASE_KINDS = List.of("review", "suitDirect", "suitAfterReview");

    private static final Map<String, String> COLUMN_LABELS = Map.of(
            "naturalPerson", "自然人",
            "commercial", "法人或其他组织·商业企业",
            "research", "法人或其他组织·科研机构",
            "publicInterest", "法人或其他组织·社会公益组织",
            "legalService", "法人或其他组织·法律服务机构",
            "otherOrg", "法人或其他组织·其他",
            "total", "总计");

    private static final Map<String, String> CASE_LABELS = Map.of(
            "review", "行政复议",
            "suitDirect", "行政诉讼·未经复议直接起诉",
            "suitAfterReview", "行政诉讼·复议后起诉",
            "upheld", "结果维持",
            "corrected", "结果纠正",
            "other", "其他结果",
            "pending", "尚未审结",
            "total", "总计");

    private static final Map<String, String> ROWS_BEFORE_OTHER_HANDLING = ordered(
            "received", "一、本年新收政府信息公开申请数量",
            "carriedOver", "二、上年结转政府信息公开申请数量",
            "granted", "三、本年度办理结果（一）予以公开",
            "partlyGranted", "三、本年度办理结果（二）部分公开",
            "denied.stateSecret", "三、本年度办理结果（三）不予公开 1.属于国家秘密",
            "denied.prohibitedByLaw", "三、本年度办理结果（三）不予公开 2.其他法律行政法规禁止公开",
            "denied.securityStability", "三、本年度办理结果（三）不予公开 3.危及“三安全一稳定”",
            "denied.thirdPartyRights", "三、本年度办理结果（三）不予公开 4.保护第三方合法权益",
            "denied.internalAffairs", "三、本年度办理结果（三）不予公开 5.属于三类内部事务信息",
            "denied.processInfo", "三、本年度办理结果（三）不予公开 6.属于四类过程性信息",
            "denied.enforcementFiles", "三、本年度办理结果（三）不予公开 7.属于行政执法案卷",
            "denied.adminQuery", "三、本年度办理结果（三）不予公开 8.属于行政查询事项",
            "unavailable.notHeld", "三、本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息",
            "unavailable.needsCreation", "三、本年度办理结果（四）无法提供 2.没有现成信息需要另行制作",
            "unavailable.unclear", "三、本年度办理结果（四）无法提供 3.补正后申请内容仍不明确",
            "notProcessed.complaint", "三、本年度办理结果（五）不予处理 1.信访举报投诉类申请",
            "notProcessed.duplicate", "三、本年度办理结果（五）不予处理 2.重复申请",
            "notProcessed.publication", "三、本年度办理结果（五）不予处理 3.要求提供公开出版物",
            "notProcessed.massRepeated", "三、本年度办理结果（五）不予处理 4.无正当理由大量反复申请",
            "notProcessed.confirmation", "三、本年度办理结果（五）不予处理 5.要求行政机关确认或重新出具已获取信息");

    private static final Map<String, String> OTHER_HANDLING_2021 = ordered(
            "otherHandling.noCorrection", "三、本年度办理结果（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "otherHandling.unpaidFee", "三、本年度办理结果（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "otherHandling.other", "三、本年度办理结果（六）其他处理 3.其他");

    private static final Map<String, String> OTHER_HANDLING_2019 = ordered(
            "otherHandling", "三、本年度办理结果（六）其他处理");

    private static final Map<String, String> ROWS_AFTER_OTHER_HANDLING = ordered(
            "handledTotal", "三、本年度办理结果（七）总计",
            "carriedForward", "四、结转下年度继续办理");

    private static final Map<String, String> ACTIVE_2021 = ordered(
            "active.rules.issued", "第二十条第（一）项·规章·本年制发件数",
            "active.rules.repealed", "第二十条第（一）项·规章·本年废止件数",
            "active.rules.inForce", "第二十条第（一）项·规章·现行有效件数",
            "active.normative.issued", "第二十条第（一）项·行政规范性文件·本年制发件数",
            "active.normative.repealed", "第二十条第（一）项·行政规范性文件·本年废止件数",
            "active.normative.inForce", "第二十条第（一）项·行政规范性文件·现行有效件数",
            "active.licensing", "第二十条第（五）项·行政许可·本年处理决定数量",
            "active.penalty", "第二十条第（六）项·行政处罚·本年处理决定数量",
            "active.coercion", "第二十条第（六）项·行政强制·本年处理决定数量",
            "active.fees", "第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）");

    private static final Map<String, String> ACTIVE_2019 = active2019();

    private static final Map<String, String> LABELS_2021 = labels(ACTIVE_2021, OTHER_HANDLING_2021);
    private static final Map<String, String> LABELS_2019 = labels(ACTIVE_2019, OTHER_HANDLING_2019);

    private CellCatalog() {
    }

    /** Every canonical cell id of the layout, in the form's order: §二, §三 row by row, §四. */
    public static List<String> cellIds(Layout layout) {
        return List.copyOf(labels(layout).keySet());
    }

    /** The §三 row ids of the layout, from {@code received} to {@code carriedForward}. */
    public static List<String> applicationRows(Layout layout) {
        List<String> rows = new ArrayList<>(ROWS_BEFORE_OTHER_HANDLING.keySet());
        rows.addAll((layout == Layout.LAYOUT_2019 ? OTHER_HANDLING_2019 : OTHER_HANDLING_2021).keySet());
        rows.addAll(ROWS_AFTER_OTHER_HANDLING.keySet());
        return Collections.unmodifiableList(rows);
    }

    /** The result rows that {@code handledTotal} sums: {@code granted} to the last {@code otherHandling} row. */
    public static List<String> resultRows(Layout layout) {
        List<String> rows = applicationRows(layout);
        return rows.subList(rows.indexOf("granted"), rows.indexOf("handledTotal"));
    }

    /** The official label of a cell, e.g. "三、本年度办理结果（七）总计·自然人"; the id itself when unknown. */
    public static String label(String cellId) {
        String label = LABELS_2021.get(cellId);
        if (label == null) {
            label = LABELS_2019.get(cellId);
        }
        return label == null ? cellId : label;
    }

    /** The label of a §三 row ({@link #applicationRows}), e.g. "三、本年度办理结果（一）予以公开"; the row itself when unknown. */
    public static String applicationRowLabel(String row) {
        for (Map<String, String> rows : List.of(ROWS_BEFORE_OTHER_HANDLING, OTHER_HANDLING_2021, OTHER_HANDLING_2019, ROWS_AFTER_OTHER_HANDLING)) {
            if (rows.containsKey(row)) {
                return rows.get(row);
            }
        }
        return row;
    }

    /** The label of a §三 applicant column, or of a §四 case kind or column, e.g. "自然人", "行政复议"; the key itself when unknown. */
    public static String columnLabel(String column) {
        return COLUMN_LABELS.getOrDefault(column, CASE_LABELS.getOrDefault(column, column));
    }

    /** True for cells holding an amount (a decimal) rather than a count. */
    public static boolean isAmount(String cellId) {
        return cellId.equals("active.fees") || cellId.equals("active.procurement.amountYuan");
    }

    /** True for the signed 本年增/减 cells of the 2019 layout, which are not counts. */
    public static boolean isSignedChange(String cellId) {
        return cellId.endsWith(".change");
    }

    private static Map<String, String> labels(Layout layout) {
        return layout == Layout.LAYOUT_2019 ? LABELS_2019 : LABELS_2021;
    }

    private static Map<String, String> labels(Map<String, String> active, Map<String, String> otherHandling) {
        Map<String, String> labels = new LinkedHashMap<>(active);
        Map<String, String> rows = new LinkedHashMap<>(ROWS_BEFORE_OTHER_HANDLING);
        rows.putAll(otherHandling);
        rows.putAll(ROWS_AFTER_OTHER_HANDLING);
        rows.forEach((row, rowLabel) -> APPLICANT_COLUMNS.forEach(column ->
                labels.put("apply." + row + "." + column, rowLabel + "·" + COLUMN_LABELS.get(column))));
        CASE_KINDS.forEach(kind -> CASE_COLUMNS.forEach(column ->
                labels.put(kind + "." + column, "四、" + CASE_LABELS.get(kind) + "·" + CASE_LABELS.get(column))));
        return Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> active2019() {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> made = ordered("newlyMade", "本年新制作数量", "newlyPublished", "本年新公开数量", "totalPublished", "对外公开总数量");
        Map<String, String> items = ordered("previous", "上一年项目数量", "change", "本年增/减", "decisions", "处理决定数量");
        made.forEach((column, label) -> labels.put("active.rules." + column, "第二十条第（一）项·规章·" + label));
        made.forEach((column, label) -> labels.put("active.normative." + column, "第二十条第（一）项·规范性文件·" + label));
        items.forEach((column, label) -> labels.put("active.licensing." + column, "第二十条第（五）项·行政许可·" + label));
        items.forEach((column, label) -> labels.put("active.otherServices." + column, "第二十条第（五）项·其他对外管理服务事项·" + label));
        items.forEach((column, label) -> labels.put("active.penalty." + column, "第二十条第（六）项·行政处罚·" + label));
        items.forEach((column, label) -> labels.put("active.coercion." + column, "第二十条第（六）项·行政强制·" + label));
        labels.put("active.fees.previous", "第二十条第（八）项·行政事业性收费·上一年项目数量");
        labels.put("active.fees.change", "第二十条第（八）项·行政事业性收费·本年增/减");
        labels.put("active.procurement.projects", "第二十条第（九）项·政府集中采购·采购项目数量");
        labels.put("active.procurement.amountYuan", "第二十条第（九）项·政府集中采购·采购总金额");
        return labels;
    }

    private static Map<String, String> ordered(String... idsAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            map.put(idsAndLabels[i], idsAndLabels[i + 1]);
        }
        return map;
    }
}
