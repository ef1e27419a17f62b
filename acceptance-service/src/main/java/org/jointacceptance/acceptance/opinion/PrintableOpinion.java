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

    /** The opinion's document in {@code language} ({@code en}, else Chinese). */
    public String render(JointOpinion opinion, OpinionContent content, String language) {
        boolean english = Readable.ENGLISH.equals(language);
        String tag = english ? Readable.ENGLISH : Readable.CHINESE;
        Document document = new Document(content.number(), english ? content.issuedBy() : leadDepartmentZh,
                Readable.date(content.issuedOn(), tag), content.projectName(), content.projectCode(),
                content.address(), content.district(), content.applicantName(), content.applicantCreditCode(),
                content.sectionName(), String.join(english ? ", " : "、", content.buildings()), content.floorArea(),
                content.rounds(), content.conclusions().stream().map(conclusion -> new Row(
                        Readable.department(conclusion.department(), tag), conclusion.conclusion(),
                        conclusion.inspectorName() != null ? conclusion.inspectorName() : conclusion.inspector(),
                        Readable.date(conclusion.inspectedOn(), tag), conclusion.round(),
                        Boolean.TRUE.equals(conclusion.passedOnFiling()), conclusion.reason())).toList(),
                opinion.digest, verification.qrCode(opinion, "30mm"), verification.of(opinion));
        return (english ? Templates.en(document) : Templates.zh(document)).render();
    }

    /** What the document shows. */
    public record Document(String number, String issuedBy, String issuedOn, String projectName, String projectCode,
            String address, String district, String applicantName, String applicantCreditCode, String sectionName,
            String buildings, BigDecimal floorArea, int rounds, List<Row> conclusions, String digest, String qrCode,
            String verificationLink) {
    }

    /** One department's conclusion, as the document shows it: the inspector by name where the opinion holds it. */
    public record Row(String department, String conclusion, String inspector, String inspectedOn, int round,
            boolean passedOnFiling, String reason) {
    }
}
