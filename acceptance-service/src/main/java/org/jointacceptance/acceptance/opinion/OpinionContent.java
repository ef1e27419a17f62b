package org.jointacceptance.acceptance.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a joint acceptance opinion states; its canonical JSON is what the digest covers. {@code signedBy}: who at the
 * lead center signed the decision, by name; null when the system took it (and in opinions issued before it was kept).
 */
public record OpinionContent(String number, String issuedBy, LocalDate issuedOn, String projectCode,
        String projectName, String address, String district, String applicantCreditCode, String applicantName,
        String sectionName, List<String> buildings, BigDecimal floorArea, int rounds,
        List<DepartmentConclusion> conclusions, String signedBy) {

    /**
     * One department's final conclusion on the section; the inspector by login and by the name people read, and
     * whether a filing passed on its documents alone (both missing in opinions issued before they were carried).
     */
    public record DepartmentConclusion(String department, String conclusion, String inspector, LocalDate inspectedOn,
            int round, String reason, String inspectorName, Boolean passedOnFiling) {
    }
}
