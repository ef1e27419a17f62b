package org.jointacceptance.acceptance.filing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.document.CenterSeal;
import org.jointacceptance.acceptance.document.PdfLayout;
import org.jointacceptance.acceptance.document.SignedDocuments;
import org.jointacceptance.acceptance.project.RegisteredProject;
import org.jointacceptance.messaging.Readable;

/**
 * The completion acceptance filing as a PDF document signed with the center's seal: the project, the firm, and each
 * section with the number and date of its joint acceptance opinion and the application it was accepted in; in Chinese, or in English when asked. Made once per
 * language and kept.
 */
@ApplicationScoped
public class FilingPdf {

    private static final float[] COLUMNS = { 4f, 3f, 2f, 3f };

    private final CenterSeal seal;
    private final SignedDocuments files;
    private final String center;
    private final String centerZh;

    FilingPdf(CenterSeal seal, SignedDocuments files,
            @ConfigProperty(name = "acceptance.lead-department") String center,
            @ConfigProperty(name = "acceptance.lead-department-zh") String centerZh) {
        this.seal = seal;
        this.files = files;
        this.center = center;
        this.centerZh = centerZh;
    }

    /** The filing's signed PDF in {@code language} ({@code en}, else Chinese). */
    public byte[] file(CompletionFiling filing, String language) {
        String tag = Readable.ENGLISH.equals(language) ? Readable.ENGLISH : Readable.CHINESE;
        return files.file(filing.number, tag, () -> render(filing, tag));
    }

    private byte[] render(CompletionFiling filing, String tag) {
        boolean english = Readable.ENGLISH.equals(tag);
        Words words = english ? Words.ENGLISH : Words.CHINESE;
        String issuedBy = english ? center : centerZh;
        RegisteredProject registered = RegisteredProject.findById(filing.projectId);
        Project project = registered.attributes;
        byte[] unsigned;
        try (PdfLayout pdf = new PdfLayout(words.title + " " + filing.number, filing.number, issuedBy,
                english ? "en" : "zh-CN")) {
            pdf.title(filing.overall ? words.overallTitle : words.title);
            pdf.paragraph(words.number + filing.number + words.gap + words.issuedOn
                    + Readable.date(filing.issuedAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate(), tag),
                    10.5f);
            pdf.paragraph(words.issuedBy + issuedBy, 10.5f);
            pdf.space(4);
            pdf.paragraph(words.project.formatted(project.name, project.code, project.address, project.district),
                    10.5f);
            pdf.paragraph(words.applicant.formatted(registered.ownerName, registered.ownerCreditCode), 10.5f);
            pdf.space(6);
            pdf.paragraph(words.sections, 10.5f);
            List<List<String>> rows = new ArrayList<>();
            rows.add(words.header);
            for (CompletionFiling.FiledSection section : filing.sections) {
                rows.add(List.of(section.section(), section.opinion(), Readable.date(section.issuedOn(), tag),
                        section.application() == null ? "" : section.application()));
            }
            pdf.table(COLUMNS, rows, 9.5f);
            pdf.paragraph(words.statement, 10.5f);
            pdf.paragraph(words.sealed + issuedBy, 10.5f);
            unsigned = pdf.toBytes();
        }
        return seal.sign(unsigned, words.title + " " + filing.number);
    }

    /** What the document says of its own, in each language. */
    private record Words(String title, String overallTitle, String number, String gap, String issuedOn,
            String issuedBy, String project, String applicant, String sections, List<String> header,
            String statement, String sealed) {

        static final Words CHINESE = new Words("建设工程竣工验收备案证明", "建设工程竣工验收备案证明（整体备案）", "备案编号：",
                "　　", "备案日期：", "备案机关：", "项目：%s（项目代码 %s），%s，行政区划代码 %s",
                "建设单位：%s（统一社会信用代码 %s）", "各分段联合验收意见书：",
                List.of("验收分段", "意见书编号", "出具日期", "受理编号"),
                "该项目各分段均已通过竣工联合验收，准予备案。", "本备案证明经电子签章：");

        static final Words ENGLISH = new Words("Certificate of completion acceptance filing",
                "Certificate of completion acceptance filing (whole project)", "Filing No. ", "    ", "Filed ",
                "Filed with ", "Project: %s (%s), %s, region code %s",
                "Applicant: %s (unified social credit code %s)", "The sections' joint acceptance opinions:",
                List.of("Section", "Opinion No.", "Issued", "Application No."),
                "Every section of the project has passed joint completion acceptance; the filing is granted.",
                "Signed electronically by ");
    }
}
