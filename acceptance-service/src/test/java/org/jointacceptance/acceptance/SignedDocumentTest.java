package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jointacceptance.acceptance.document.CenterSeal;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.problem.UploadedFiles;
import org.junit.jupiter.api.Test;

/**
 * The documents of record as signed PDFs: the opinion in Chinese (in English on request), its font embedded, signed
 * with the center's seal so that a reader shows who signed and that nothing changed; the same file every time it is
 * asked for, verifiable by its SHA-256 at the public verification, and a copy changed by one character not; the
 * completion filing likewise.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class SignedDocumentTest {

    private static final String CENTER = "大连市建设工程质量安全监督服务中心";

    @Inject
    EventCodec codec;

    @Inject
    CenterSeal seal;

    @Test
    void an_accepted_section_s_opinion_is_a_pdf_signed_by_the_center_that_verifies_until_a_byte_changes()
            throws Exception {
        String number = acceptedOpinion();

        Response response = asCoordinator().accept("application/pdf").get("/opinions/{number}", number);
        response.then().statusCode(200).contentType("application/pdf");
        byte[] pdf = response.asByteArray();
        assertThat(signatureOf(pdf)).as("the signature a PDF reader checks").isEqualTo(Signature.VALID);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo(CENTER);
            int[] range = signature.getByteRange();
            assertThat(range[0]).as("signed from the first byte").isZero();
            assertThat(range[2] + range[3]).as("to the last").isEqualTo(pdf.length);

            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("建设工程竣工联合验收意见书", number, CENTER, "海湾花园二期", "大连海湾建设有限公司",
                    "一标段：1#、2#住宅楼", "消防", "通过", "赵敏", "城建档案", "扫码或访问以下网址核验本意见书",
                    "该分段经竣工联合验收合格，准予投入使用。");
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "opinion-zh.png");
            ImageIO.write(page, "png", png.toFile());
        }
        X509Certificate center = seal.certificate();
        assertThat(center.getSubjectX500Principal().getName()).contains("CN=" + CENTER);

        assertThat(asCoordinator().accept("application/pdf").get("/opinions/{number}", number).asByteArray())
                .as("the same file, however often asked for").isEqualTo(pdf);
        assertThat(asFirm().accept("application/pdf").get("/opinions/{number}", number).asByteArray())
                .as("and by whomever").isEqualTo(pdf);
        given().get("/opinions/{number}/verification?digest={digest}", number, UploadedFiles.sha256(pdf)).then()
                .statusCode(200).body("digestMatches", equalTo(true)).body("pdf", equalTo(true))
                .body("contentIntact", equalTo(true));

        String altered = number.substring(0, number.length() - 1) + (number.endsWith("9") ? "8" : "9");
        byte[] tampered = replaceOnce(pdf, "(" + number + ")", "(" + altered + ")");
        assertThat(signatureOf(tampered)).as("one character changed").isEqualTo(Signature.BROKEN);
        given().get("/opinions/{number}/verification?digest={digest}", number, UploadedFiles.sha256(tampered))
                .then().statusCode(200).body("digestMatches", equalTo(false)).body("pdf", equalTo(false));
    }

    @Test
    void the_opinion_s_pdf_is_in_english_when_asked_for_and_signed_as_well() throws Exception {
        String number = acceptedOpinion();

        byte[] english = asCoordinator().accept("application/pdf").header("Accept-Language", "en")
                .get("/opinions/{number}", number).then().statusCode(200).extract().asByteArray();
        byte[] chinese = asCoordinator().accept("application/pdf").get("/opinions/{number}", number).asByteArray();

        assertThat(signatureOf(english)).isEqualTo(Signature.VALID);
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Joint completion acceptance opinion",
                    "Dalian Construction Engineering Quality and Safety Supervision Service Center", "Fire protection",
                    "Passed", "Scan or visit this address to verify this copy",
                    "Having passed joint completion acceptance, the section may be put into use.")
                    .doesNotContain("消防", "通过");
        }
        assertThat(english).isNotEqualTo(chinese);
        given().get("/opinions/{number}/verification?digest={digest}", number, UploadedFiles.sha256(english)).then()
                .statusCode(200).body("digestMatches", equalTo(true)).body("pdf", equalTo(true));
    }

    @Test
    void the_completion_filing_is_a_signed_pdf_naming_each_section_s_opinion() throws Exception {
        UUID application = accepted();
        String opinion = asCoordinator().get("/applications/{id}", application).then().extract()
                .path("sections[0].opinion.number");
        String filing = asFirm().get("/applications/{id}/filing", application).then().statusCode(200).extract()
                .path("number");

        byte[] pdf = asFirm().accept("application/pdf").get("/applications/{id}/filing", application).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(signatureOf(pdf)).isEqualTo(Signature.VALID);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getLastSignatureDictionary().getName()).isEqualTo(CENTER);
            assertThat(new PDFTextStripper().getText(document)).contains("建设工程竣工验收备案证明", filing, opinion,
                    "海湾花园二期", "大连海湾建设有限公司", "一标段：1#、2#住宅楼", "该项目各分段均已通过竣工联合验收，准予备案。");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                    Path.of("target", "filing-zh.png").toFile());
        }
        assertThat(asCoordinator().accept("application/pdf").get("/applications/{id}/filing", application)
                .asByteArray()).as("the same file, however often asked for").isEqualTo(pdf);
        byte[] english = asFirm().accept("application/pdf").header("Accept-Language", "en")
                .get("/applications/{id}/filing", application).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Certificate of completion acceptance filing",
                    filing, opinion, "Every section of the project has passed joint completion acceptance")
                    .doesNotContain("备案");
        }
    }

    /** Applies for a section of a project named in Chinese, passes it in every department, returns its opinion. */
    private String acceptedOpinion() {
        UUID application = accepted();
        return asCoordinator().get("/applications/{id}", application).then().extract()
                .path("sections[0].opinion.number");
    }

    /**
     * Applies for the one section of a project named in Chinese and passes it in every department: the section has
     * its opinion and the project its filing; returns the application.
     */
    private UUID accepted() {
        Map<String, Object> request = new HashMap<>(ApplicationRequests.plainProject("一标段：1#、2#住宅楼"));
        Map<String, Object> project = new HashMap<>(castMap(request.get("project")));
        project.put("name", "海湾花园二期");
        project.put("address", "大连市中山区人民路88号");
        request.put("project", project);
        Map<String, Object> applicant = new HashMap<>(castMap(request.get("applicant")));
        applicant.put("name", "大连海湾建设有限公司");
        request.put("applicant", applicant);
        var submitted = ApplicationRequests.applyWithEveryMaterial(request);
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        new DepartmentResults(KafkaTestClient.forTestInfrastructure(), codec)
                .pass(application, section, 1, "quality", "planning", "land", "fire", "archives");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asCoordinator()
                .get("/applications/{id}", application).then().body("sections[0].opinion.number", notNullValue())
                .body("filingNumber", notNullValue()));
        return application;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private enum Signature {
        VALID, BROKEN
    }

    /** What a PDF reader finds of the file's last signature: whether the CMS signature verifies over its byte range. */
    private static Signature signatureOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents());
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .as("PAdES: the signing certificate among the signed attributes").isNotNull();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) signed.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)) ? Signature.VALID
                    : Signature.BROKEN;
        } catch (CMSException broken) {
            return Signature.BROKEN;
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] replaceOnce(byte[] content, String target, String replacement) {
        String latin = new String(content, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(target);
        assertThat(at).as(target + " in the file").isNotNegative();
        return (latin.substring(0, at) + replacement + latin.substring(at + target.length()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
