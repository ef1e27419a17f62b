package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.inspector;
import static org.jointacceptance.department.Workbench.reading;
import static org.jointacceptance.department.Workbench.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.problem.UploadedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files the inspector relies on are what they claim to be: materials and evidence are checked by their digest. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class EvidenceAndMaterialsTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

    private final User liNa = inspector("Li Na");

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void materials_are_read_from_acceptance_service_on_the_callers_behalf_and_served_only_with_the_digest_requested() {
        UUID application = UUID.randomUUID();
        byte[] report = "%PDF-1.7 fire installations testing report".getBytes(StandardCharsets.US_ASCII);
        byte[] genuine = "%PDF-1.7 completion acceptance report".getBytes(StandardCharsets.US_ASCII);
        byte[] tampered = "%PDF-1.7 completion acceptance report, altered".getBytes(StandardCharsets.US_ASCII);
        String base = "/applications/" + application + "/materials/";
        AcceptanceServiceStub.serve(base + "1/content", report);
        AcceptanceServiceStub.serve(base + "2/content", tampered);
        String drawings = "b".repeat(64);
        String inspection = workbench.file(request("quality").application(application).materials(List.of(
                new InspectionRequested.Material("testing-report", "testing-report.pdf", "application/pdf",
                        UploadedFiles.sha256(report), base + "1/content"),
                new InspectionRequested.Material("completion-report", "completion-report.pdf", "application/pdf",
                        UploadedFiles.sha256(genuine), base + "2/content"),
                new InspectionRequested.Material("as-built-drawings", "as-built.pdf", "application/pdf", drawings,
                        base + "3/content"),
                new InspectionRequested.Material("site-photos", "photos.zip", "application/zip", "d".repeat(64),
                        "https://elsewhere.example/photos.zip"))));

        JsonPath materials = as(liNa).get("/inspections/{id}/materials", inspection).then().statusCode(200)
                .extract().jsonPath();
        assertThat(materials.getList("type", String.class))
                .containsExactly("testing-report", "completion-report", "as-built-drawings", "site-photos");
        assertThat(materials.getList("readable", Boolean.class)).containsExactly(true, true, true, false);

        byte[] read = as(liNa).get(materials.getString("[0].href")).then().statusCode(200)
                .contentType("application/pdf").header("ETag", "\"" + UploadedFiles.sha256(report) + "\"")
                .extract().asByteArray();
        assertThat(read).isEqualTo(report);
        assertThat(AcceptanceServiceStub.tokenAskedWith(base + "1/content")).as("Li Na's own token")
                .isEqualTo(TestTokens.of(liNa));
        reading().get(materials.getString("[0].href")).then().statusCode(200);
        assertThat(AcceptanceServiceStub.tokenAskedWith(base + "1/content")).as("the coordinator's own token")
                .isEqualTo(TestTokens.of(Workbench.coordinator()));
        as(liNa).get(materials.getString("[1].href")).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "material-digest-mismatch"));
        as(liNa).get(materials.getString("[2].href")).then().statusCode(424)
                .body("type", equalTo(PROBLEMS + "material-unavailable"));
        as(liNa).get("/inspections/{id}/materials/{sha}", inspection, "d".repeat(64)).then().statusCode(424);
        as(liNa).get("/inspections/{id}/materials/{sha}", inspection, "e".repeat(64)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void evidence_files_are_limited_by_size_and_media_type_stored_once_and_verified_on_download() {
        String inspection = workbench.file(request("quality"));
        byte[] report = "%PDF-1.7 pressure test report".getBytes(StandardCharsets.US_ASCII);

        upload(inspection, "notes.txt", "text/plain", "plain text".getBytes(StandardCharsets.US_ASCII)).statusCode(415)
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
        upload(inspection, "photo.jpg", "image/jpeg", report).statusCode(415)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "content-does-not-match-type"));
        upload(inspection, "report.pdf", "application/pdf", "MZ\u0090 an executable".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).body("type", equalTo(PROBLEMS + "content-does-not-match-type"));
        upload(inspection, "empty.pdf", "application/pdf", new byte[0]).statusCode(400)
                .body("type", equalTo(PROBLEMS + "empty-file"));
        byte[] large = Arrays.copyOf(report, 65 * 1024);
        upload(inspection, "large.pdf", "application/pdf", large).statusCode(413)
                .body("type", equalTo(PROBLEMS + "file-too-large"));

        String sha256 = upload(inspection, "pressure-test.pdf", "application/pdf", report).statusCode(201)
                .body("sha256", equalTo(UploadedFiles.sha256(report))).body("size", equalTo(report.length))
                .body("uploadedBy", equalTo("Li Na"))
                .extract().path("sha256");
        upload(inspection, "pressure-test-again.pdf", "application/pdf", report).statusCode(201)
                .body("sha256", equalTo(sha256)).body("name", equalTo("pressure-test.pdf"));
        assertThat(reading().get("/inspections/{id}/evidence", inspection).then().statusCode(200).extract().jsonPath()
                .getList("sha256", String.class)).containsExactly(sha256);
        assertThat(reading().get("/inspections/{id}/evidence/{sha}", inspection, sha256).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray()).isEqualTo(report);
        reading().get("/inspections/{id}/evidence/{sha}", inspection, "f".repeat(64)).then().statusCode(404)
                .contentType("application/problem+json");
        as(liNa).multiPart("comment", "the file forgotten")
                .post("/inspections/{id}/evidence", inspection).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void an_evidence_file_keeps_only_its_own_name_whatever_folders_its_uploaded_name_climbs() {
        String inspection = workbench.file(request("quality"));
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        upload(inspection, "..\\..\\windows/../../etc/garage-zone-b.png", "image/png; name=x", photo).statusCode(201)
                .body("name", equalTo("garage-zone-b.png")).body("mediaType", equalTo("image/png"));
    }

    @Test
    void the_same_new_photo_attached_to_several_inspections_at_once_is_stored_once_and_each_gets_it()
            throws Exception {
        byte[] photo = ("%PDF-1.7 sprinkler valve room " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        List<String> inspections = IntStream.range(0, 6).mapToObj(i -> workbench.file(request("quality"))).toList();

        CyclicBarrier together = new CyclicBarrier(inspections.size());
        ExecutorService inspectors = Executors.newFixedThreadPool(inspections.size());
        try {
            List<Future<Integer>> answers = inspectors.invokeAll(inspections.stream().<Callable<Integer>>map(
                    inspection -> () -> {
                        together.await(30, TimeUnit.SECONDS);
                        return as(liNa).multiPart("file", "valve-room.pdf", photo, "application/pdf")
                                .post("/inspections/{id}/evidence", inspection).statusCode();
                    }).toList());
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).as("each attachment of the same new file").isEqualTo(201);
            }
        } finally {
            inspectors.shutdownNow();
        }
        for (String inspection : inspections) {
            assertThat(reading().get("/inspections/{id}/evidence/{sha}", inspection, UploadedFiles.sha256(photo)).then()
                    .statusCode(200).extract().asByteArray()).isEqualTo(photo);
        }
    }

    private io.restassured.response.ValidatableResponse upload(String inspection, String name, String type,
            byte[] content) {
        return as(liNa).multiPart("file", name, content, type)
                .post("/inspections/{id}/evidence", inspection).then();
    }
}
