package org.jointacceptance.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An uploaded file keeps only its own name, and is stored only when its content is of the type it is declared. */
class UploadedFilesTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};

    @Test
    void a_name_loses_every_folder_it_climbs_and_every_character_unsafe_to_show_or_save() {
        assertThat(UploadedFiles.name("../../etc/passwd", "unnamed")).isEqualTo("passwd");
        assertThat(UploadedFiles.name("..\\..\\Windows\\System32\\report.pdf", "unnamed")).isEqualTo("report.pdf");
        assertThat(UploadedFiles.name("/var/lib/postgres/", "unnamed")).isEqualTo("unnamed");
        assertThat(UploadedFiles.name("..", "unnamed")).isEqualTo("unnamed");
        assertThat(UploadedFiles.name(null, "unnamed")).isEqualTo("unnamed");
        assertThat(UploadedFiles.name("report\u0000.pdf\r\n", "unnamed")).isEqualTo("report_.pdf");
        assertThat(UploadedFiles.name("a\"b<c>d|e:f*g?h.pdf", "unnamed")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(UploadedFiles.name("消防检测报告.pdf", "unnamed")).isEqualTo("消防检测报告.pdf");
        assertThat(UploadedFiles.name("x".repeat(500) + ".pdf", "unnamed"))
                .hasSize(UploadedFiles.MAX_NAME_LENGTH).endsWith("x.pdf");
    }

    @Test
    void a_media_type_is_read_without_its_parameters_and_in_lower_case() {
        assertThat(UploadedFiles.mediaType("Application/PDF; name=report.pdf")).isEqualTo("application/pdf");
        assertThat(UploadedFiles.mediaType(" image/png ")).isEqualTo("image/png");
        assertThat(UploadedFiles.mediaType(null)).isEmpty();
    }

    @Test
    void content_is_of_its_declared_type_only_when_it_begins_with_that_types_signature() {
        assertThat(UploadedFiles.isOfType(PDF, "application/pdf")).isTrue();
        assertThat(UploadedFiles.isOfType(JPEG, "image/jpeg")).isTrue();
        assertThat(UploadedFiles.isOfType(PNG, "image/png")).isTrue();

        assertThat(UploadedFiles.isOfType(JPEG, "application/pdf")).isFalse();
        assertThat(UploadedFiles.isOfType(PDF, "image/png")).isFalse();
        assertThat(UploadedFiles.isOfType("%PDF".getBytes(StandardCharsets.US_ASCII), "application/pdf")).isFalse();
        assertThat(UploadedFiles.isOfType("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1),
                "application/pdf")).isFalse();
        assertThat(UploadedFiles.isOfType(new byte[0], "image/jpeg")).isFalse();
        assertThat(UploadedFiles.isOfType(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")).isFalse();
    }

    @Test
    void a_type_a_city_added_without_a_known_signature_is_taken_at_its_word() {
        assertThat(UploadedFiles.isOfType("any bytes".getBytes(StandardCharsets.US_ASCII), "image/tiff")).isTrue();
    }

    @Test
    void a_file_is_accepted_with_its_own_name_plain_type_and_digest_or_refused_with_the_problem_it_has() {
        List<String> accepted = List.of("application/pdf", "image/png");

        assertThat(UploadedFiles.accept("../scans/report.pdf", "Application/PDF", PDF, 1_000, accepted))
                .isEqualTo(new UploadedFiles.Accepted("report.pdf", "application/pdf", UploadedFiles.sha256(PDF)));
        assertThat(UploadedFiles.accept("", "application/pdf", PDF, 1_000, accepted).name())
                .as("named by its digest when its name leaves nothing").isEqualTo(UploadedFiles.sha256(PDF));
        assertThat(UploadedFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        assertRefused(() -> UploadedFiles.accept("empty.pdf", "application/pdf", new byte[0], 1_000, accepted),
                400, "empty-file");
        assertRefused(() -> UploadedFiles.accept("big.pdf", "application/pdf", PDF, PDF.length - 1, accepted),
                413, "file-too-large");
        assertRefused(() -> UploadedFiles.accept("photo.jpg", "image/jpeg", JPEG, 1_000, accepted),
                415, "unsupported-media-type");
        assertRefused(() -> UploadedFiles.accept("fake.png", "image/png", PDF, 1_000, accepted),
                415, "content-does-not-match-type");
    }

    private static void assertRefused(Runnable upload, int status, String type) {
        assertThatThrownBy(upload::run).isInstanceOfSatisfying(ProblemException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.kind()).isEqualTo(type);
        });
    }
}
