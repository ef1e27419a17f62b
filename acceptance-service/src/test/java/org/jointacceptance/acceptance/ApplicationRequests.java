package org.jointacceptance.acceptance;

import java.util.List;
import java.util.Map;

/** Application bodies as a construction firm would post them. */
final class ApplicationRequests {

    static final String HAIWAN_CREDIT_CODE = "91210200MA0QC8K63J";

    private ApplicationRequests() {
    }

    /** A residential project in Zhongshan district; ordinary fire category, no civil air defense, no lightning rule. */
    static Map<String, Object> plainProject(String... sectionNames) {
        return application(false, false, "ORDINARY", sectionNames);
    }

    static Map<String, Object> application(boolean civilAirDefense, boolean lightning, String fireCategory,
            String... sectionNames) {
        return Map.of(
                "applicant", Map.of(
                        "creditCode", HAIWAN_CREDIT_CODE,
                        "name", "Dalian Haiwan Construction Co., Ltd.",
                        "contactName", "Wang Li",
                        "contactPhone", "+86 411 8888 0000",
                        "contactEmail", "wang.li@haiwan.example"),
                "project", Map.ofEntries(
                        Map.entry("code", "2102022024-0117"),
                        Map.entry("name", "Haiwan Residences Phase II"),
                        Map.entry("address", "88 Renmin Road, Zhongshan District, Dalian"),
                        Map.entry("district", "210202"),
                        Map.entry("use", "residential"),
                        Map.entry("height", 54.6),
                        Map.entry("floorsAboveGround", 18),
                        Map.entry("floorsBelowGround", 2),
                        Map.entry("grossFloorArea", 23500.5),
                        Map.entry("fireCategory", fireCategory),
                        Map.entry("civilAirDefenseWorks", civilAirDefense),
                        Map.entry("civilAirDefenseArea", civilAirDefense ? 3200 : 0),
                        Map.entry("lightningProtectionRequired", lightning)),
                "sections", List.of(sectionNames).stream()
                        .map(name -> Map.of("name", name, "buildings", List.of("1#", "2#"), "floorArea", 12000))
                        .toList());
    }
}
