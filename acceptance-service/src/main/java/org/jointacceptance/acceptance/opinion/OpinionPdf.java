package org.jointacceptance.acceptance.opinion;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.document.CenterSeal;
import org.jointacceptance.acceptance.document.PdfLayout;
import org.jointacceptance.acceptance.document.SignedDocuments;
import org.jointacceptance.messaging.Readable;

/**
 * A joint acceptance opinion as a PDF document, signed with the center's seal: what the printable opinion shows, in
 * the same words, with the Chinese font embedded, so that the file a firm keeps or sends on is the document of record
 * itself, and any PDF reader tells who signed it and that not a byte of it changed. Made once per language and kept.
 */
@ApplicationScoped
public class OpinionPdf {

    private static final float[] COLUMNS = { 2.2f, 1.3f, 1.6f, 2.2f, 1f, 3.4f };

    private final VerificationLink verification;
    private final CenterSeal seal;
    private final SignedDocuments files;
    private final PrintableOpinion printable;
    private final OpinionService opinions;

    OpinionPdf(VerificationLink verification, CenterSeal seal, SignedDocuments files, PrintableOpinion printable,
            OpinionService opinions) {
        this.verification = verification;
        this.seal = seal;
        this.files = files;
        this.printable = printable;
        this.opinions = opinions;
    }

    /** The opinion's signed PDF in {@code language} ({@code en}, else Chinese). */
    public byte[] file(JointOpinion opinion, String language) {
        String tag = Readable.ENGLISH.equals(language) ? Readable.ENGLISH : Readable.CHINESE;
        return files.file(opinion.number, tag,
                () -> render(opinion, printable.document(opinion, opinions.content(opinion), tag)));
    }

    private byte[] render(JointOpinion opinion, PrintableOpinion.Document document) {
        Words words = document.english() ? Words.ENGLISH : Words.CHINESE;
        byte[] unsigned;
        try (PdfLayout pdf = new PdfLayout(words.title + " " + document.number(), document.number(),
                document.issuedBy(), document.english() ? "en" : "zh-CN")) {
            pdf.title(words.title);
            pdf.paragraph(words.number + document.number() + words.gap + words.issuedOn + document.issuedOn(), 10.5f);
            pdf.paragraph(words.issuedBy + document.issuedBy(), 10.5f);
            if (document.signedBy() != null) {
                pdf.paragraph(words.signedBy + document.signedBy(), 10.5f);
            }
            pdf.space(4);
            pdf.paragraph(words.project.formatted(document.projectName(), document.projectCode(), document.address(),
                    document.district()), 10.5f);
            pdf.paragraph(words.applicant.formatted(document.applicantName(), document.applicantCreditCode()), 10.5f);
            pdf.paragraph(words.section.formatted(document.sectionName(), document.buildings(),
                    document.floorArea().toPlainString(), document.rounds()), 10.5f);
            pdf.space(6);
            List<List<String>> rows = new ArrayList<>();
            rows.add(words.header);
            document.conclusions().forEach(row -> rows.add(List.of(row.department(), row.conclusion(),
                    row.inspector() == null ? "" : row.inspector(), row.inspectedOn(),
                    words.round.formatted(row.round()), row.remark())));
            pdf.table(COLUMNS, rows, 9.5f);
            pdf.paragraph(words.inUse, 10.5f);
            pdf.paragraph(words.sealed + document.issuedBy(), 10.5f);
            pdf.paragraph(words.digest + document.digest(), 9f);
            pdf.space(4);
            pdf.qrCode(verification.modules(opinion), 96, words.verify + "\n" + document.verificationLink(), 9f);
            unsigned = pdf.toBytes();
        }
        return seal.sign(unsigned, words.title + " " + document.number());
    }

    /** What the document says of its own, in each language. */
    private record Words(String title, String number, String gap, String issuedOn, String issuedBy, String signedBy,
            String project,
            String applicant, String section, List<String> header, String round, String inUse, String sealed,
            String digest, String verify) {

        static final Words CHINESE = new Words("建设工程竣工联合验收意见书", "编号：", "　　", "出具日期：", "出具单位：", "签发人：",
                "项目：%s（项目代码 %s），%s，行政区划代码 %s", "建设单位：%s（统一社会信用代码 %s）",
                "验收分段：%s；楼栋 %s；建筑面积 %s 平方米；经 %d 轮验收",
                List.of("部门", "结论", "查验人员", "查验日期", "轮次", "说明"), "第 %d 轮",
                "该分段经竣工联合验收合格，准予投入使用。", "本意见书经电子签章：", "校验码（SHA-256）：",
                "扫码或访问以下网址核验本意见书：");

        static final Words ENGLISH = new Words("Joint completion acceptance opinion", "No. ", "    ", "Issued ",
                "Issued by ", "Signed for the center by ", "Project: %s (%s), %s, region code %s", "Applicant: %s (unified social credit code %s)",
                "Section: %s; buildings %s; %s m²; accepted after %d round(s)",
                List.of("Department", "Conclusion", "Inspector", "Date", "Round", "Note"), "%d",
                "Having passed joint completion acceptance, the section may be put into use.",
                "Signed electronically by ", "SHA-256 digest: ", "Scan or visit this address to verify this copy:");
    }
}
