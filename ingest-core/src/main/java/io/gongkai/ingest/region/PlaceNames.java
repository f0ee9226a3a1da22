package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How Chinese division names are built and written: unit suffixes (省, 市, 区, 县, 镇, 乡, 街道…), the organ form
 * 街道办事处 of a 街道, and the short forms of autonomous divisions (恩施土家族苗族自治州 → 恩施州, 广西壮族自治区 → 广西).
 */
final class PlaceNames {

    private static final String STREET = "街道";
    private static final String STREET_OFFICE = "街道办事处";
    private static final String OFFICE = "办事处";
    private static final String AUTONOMOUS = "自治";

    /** The 55 minority nationalities (and 各, as in 隆林各族自治县), longest first so 土家 is tried before 土. */
    private static final List<String> NATIONALITIES = List.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
            "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
            "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
            "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private PlaceNames() {
    }

    /** The township unit a name ends with — 街道 (also for 街道办事处), 苏木, 镇 or 乡 — or null. */
    static String townshipSuffix(String name) {
        if (name.endsWith(STREET_OFFICE) || name.endsWith(STREET)) {
            return STREET;
        }
        for (String suffix : List.of("苏木", "镇", "乡")) {
            if (name.endsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }

    /** A township name without its unit: 唐宫路街道办事处 → 唐宫路, 钦堂乡 → 钦堂; other names unchanged. */
    static String townshipStem(String name) {
        String unit = name.endsWith(STREET_OFFICE) ? STREET_OFFICE : townshipSuffix(name);
        return unit == null ? name : name.substring(0, name.length() - unit.length());
    }

    /** 唐宫路街道办事处 → 唐宫路街道: the office's name reduced to the division's. */
    static String withoutOffice(String name) {
        return name.endsWith(STREET_OFFICE) ? name.substring(0, name.length() - OFFICE.length()) : name;
    }

    /**
     * True when {@code official} is what a writer most likely meant by the township name {@code written}: the same
     * unit with a longer name that starts with the written one (唐宫街道 → 唐宫路街道, 某乡 → 某回族乡), or the same
     * name with another unit (a 乡 that became a 镇, a 镇 that became a 街道).
     */
    static boolean isCorrectionOf(String written, String official) {
        String writtenUnit = townshipSuffix(written);
        String officialUnit = townshipSuffix(official);
        if (writtenUnit == null || officialUnit == null) {
            return false;
        }
        String writtenStem = townshipStem(written);
        String officialStem = townshipStem(official);
        if (writtenStem.isEmpty()) {
            return false;
        }
        return writtenUnit.equals(officialUnit)
                ? officialStem.length() > writtenStem.length() && officialStem.startsWith(writtenStem)
                : officialStem.equals(writtenStem);
    }

    /**
     * The levels a written name's suffix points to: 镇/乡/街道/苏木 a township, 区/县/旗 a county, 州/盟/地区 a
     * prefecture, 省/自治区 a province, 市 a province (北京市), prefecture or county; any level otherwise.
     */
    static Set<RegionLevel> levelsSuggestedBy(String written) {
        if (townshipSuffix(written) != null) {
            return EnumSet.of(RegionLevel.TOWNSHIP);
        }
        if (written.endsWith("省") || written.endsWith("自治区")) {
            return EnumSet.of(RegionLevel.PROVINCE);
        }
        if (written.endsWith("州") || written.endsWith("盟") || written.endsWith("地区")) {
            return EnumSet.of(RegionLevel.PREFECTURE);
        }
        if (written.endsWith("市")) {
            return EnumSet.of(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY);
        }
        if (written.endsWith("区") || written.endsWith("县") || written.endsWith("旗")) {
            return EnumSet.of(RegionLevel.COUNTY);
        }
        return EnumSet.allOf(RegionLevel.class);
    }

    /**
     * Every way a report may write the division's name: the name itself; 街道 and 街道办事处 for each other; the short
     * form of an autonomous division (恩施州, 峨边县, 广西); a province without its unit (浙江, 北京). Placeholders and
     * township names too generic to be recognised in prose (a bare unit such as 街道办事处; 城区, 林场…: two characters,
     * not a 镇 or 乡) have none.
     */
    static List<String> formsOf(Division division) {
        String name = division.name();
        List<String> forms = new ArrayList<>(3);
        if (division.isPlaceholder() || name.length() < 2 || isGenericTownshipName(division)) {
            return forms;
        }
        forms.add(name);
        if (division.level() == RegionLevel.TOWNSHIP) {
            if (name.endsWith(STREET_OFFICE)) {
                forms.add(withoutOffice(name));
            } else if (name.endsWith(STREET)) {
                forms.add(name + OFFICE);
            }
            return forms;
        }
        int autonomous = name.indexOf(AUTONOMOUS);
        String stem = autonomous > 0 ? withoutNationalities(name.substring(0, autonomous)) : null;
        if (division.level() == RegionLevel.PROVINCE) {
            String bare = stem != null ? stem : name.substring(0, name.length() - 1);
            if (bare.length() >= 2) {
                forms.add(bare);
            }
        } else if (stem != null && stem.length() < autonomous) {
            forms.add(stem + name.charAt(name.length() - 1));
        }
        return forms;
    }

    private static boolean isGenericTownshipName(Division division) {
        String name = division.name();
        return division.level() == RegionLevel.TOWNSHIP
                && (townshipStem(name).isEmpty() || name.length() <= 2 && !name.endsWith("镇") && !name.endsWith("乡"));
    }

    /** 恩施土家族苗族 → 恩施; stops before the stem would fall under two characters (内蒙古 stays, 东乡族 stays). */
    private static String withoutNationalities(String prefix) {
        String stem = prefix;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String nationality : NATIONALITIES) {
                String withZu = nationality + "族";
                String tail = stem.endsWith(withZu) ? withZu
                        : nationality.length() >= 2 && stem.endsWith(nationality) ? nationality : null;
                if (tail != null && stem.length() - tail.length() >= 2) {
                    stem = stem.substring(0, stem.length() - tail.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }
}
