package org.jointacceptance.acceptance.opinion;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.messaging.Readable;

/**
 * A joint acceptance opinion as the document people print: in Chinese, the language of record, or in English when
 * asked; departments, conclusions and dates in the reader's words, the lead department by its name in that language,
 * and the digest with the QR code of its verification page. What it states is the sealed content, unchanged.
 */
@ApplicationScoped
public class PrintableOpinion {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance zh(Document document);

        static native TemplateInstance en(Document document);
    }

    private final VerificationLink verification;
    private final String leadDepartmentZh;

    PrintableOpinion(VerificationLink verification,
            @ConfigProperty(name = "acceptance.lead-department-zh") String leadDepartmentZh) {
        this.verification = verification;
        this.leadDepartmentZh = leadDepartmentZh;
    }

    /** The opinion's document in {@code language} ({@code en}, else Chinese), as HTML to print. */
    public String render(JointOpinion opinion, OpinionContent content, String language) {
        Document document = document(opinion, content, language);
        return (document.english() ? Templates.en(document) : Templates.zh(document)).render();
    }

    /** What the opinion's document shows in {@code language} ({@code en}, else Chinese). */
    public Document document(JointOpinion opinion, OpinionContent content, String language) {
        boolean english = Readable.ENGLISH.equals(language);
        String tag = english ? Readable.ENGLISH : Readable.CHINESE;
        return new Document(english, content.number(), english ? content.issuedBy() : leadDepartmentZh,
                Readable.date(content.issuedOn(), tag), content.projectName(), content.projectCode(),
                content.address(), content.district(), content.applicantName(), content.applicantCreditCode(),
                content.sectionName(), String.join(english ? ", " : "、", content.buildings()), content.floorArea(),
                content.rounds(), content.conclusions().stream().map(conclusion -> new Row(
                        Readable.department(conclusion.department(), tag),
                        conclusion(conclusion.conclusion(), english),
                        conclusion.inspectorName() != null ? conclusion.inspectorName() : conclusion.inspector(),
                        Readable.date(conclusion.inspectedOn(), tag), conclusion.round(),
                        remark(Boolean.TRUE.equals(conclusion.passedOnFiling()), conclusion.reason(), english)))
                        .toList(),
                opinion.digest, verification.qrCode(opinion, "30mm"), verification.of(opinion), content.signedBy());
    }

    private static String conclusion(String code, boolean english) {
        return switch (code) {
            case "PASSED" -> english ? "Passed" : "通过";
            case "NOT_APPLICABLE" -> english ? "Not applicable" : "不适用";
            case "FAILED" -> english ? "Failed" : "不通过";
            case "WITHDRAWN" -> english ? "Withdrawn" : "已撤回";
            default -> code;
        };
    }

    /** The note beside a conclusion: a pass on the filing's documents alone, in words, then the department's reason. */
    private static String remark(boolean passedOnFiling, String reason, boolean english) {
        String filing = !passedOnFiling ? "" : english ? "Passed on filing, not drawn for a spot check" : "备案通过，未抽中现场抽查";
        if (reason == null || reason.isBlank()) {
            return filing;
        }
        return filing.isEmpty() ? reason : filing + (english ? "; " : "；") + reason;
    }

    /** What the document shows; the lead center's signer by name, when a person signed the decision. */
    public record Document(boolean english, String number, String issuedBy, String issuedOn, String projectName, String projectCode,
            String address, String district, String applicantName, String applicantCreditCode, String sectionName,
            String buildings, BigDecimal floorArea, int rounds, List<Row> conclusions, String digest, String qrCode,
            String verificationLink, String signedBy) {
    }

    /**
     * One department's conclusion, as the document shows it: in the reader's words, the inspector by name where the
     * opinion holds it.
     */
    public record Row(String department, String conclusion, String inspector, String inspectedOn, int round,
            String remark) {
    }
}
