package org.jointacceptance.acceptance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;

/** Results as the department-service instances publish them on Kafka. */
final class DepartmentResults {

    /** The inspectors' names, as the identity provider gives them. */
    static final Map<String, String> INSPECTORS = Map.of("quality", "周敏", "planning", "吴刚", "land", "郑洁",
            "fire", "赵敏", "civil-air-defense", "孙浩", "meteorology", "钱磊", "archives", "李娜");

    private final KafkaTestClient kafka;
    private final EventCodec codec;

    DepartmentResults(KafkaTestClient kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    void pass(UUID application, UUID section, int round, String... departments) {
        for (String department : departments) {
            send(application, section, department, round, InspectionResult.PASSED, List.of());
        }
    }

    InspectionResultSubmitted fail(UUID application, UUID section, int round, String department,
            Finding... findings) {
        return send(application, section, department, round, InspectionResult.FAILED, List.of(findings));
    }

    InspectionResultSubmitted send(UUID application, UUID section, String department, int round,
            InspectionResult result, List<Finding> findings) {
        return send(result(application, section, department, round, result, findings));
    }

    /** The department's correction of {@code earlier}: a new result of the same inspection naming the one it replaces. */
    InspectionResultSubmitted correct(InspectionResultSubmitted earlier, InspectionResult result, String reason,
            Finding... findings) {
        return send(new InspectionResultSubmitted(earlier.inspectionId(), earlier.applicationId(),
                earlier.sectionId(), earlier.department(), earlier.round(), result, earlier.inspector(),
                earlier.inspectedOn(), null, List.of(findings), UUID.randomUUID(), earlier.resultId(), reason,
                earlier.inspectorName(), false));
    }

    private InspectionResultSubmitted send(InspectionResultSubmitted result) {
        kafka.sendEvent(Topics.DEPARTMENT_EVENTS, result.applicationId().toString(), "InspectionResultSubmitted",
                codec.encode(result));
        return result;
    }

    /**
     * A department's result, by its inspector (the login {@code inspector.<department>}, named as in {@link #INSPECTORS});
     * archives, when it passes, passes on filing.
     */
    static InspectionResultSubmitted result(UUID application, UUID section, String department, int round,
            InspectionResult result, List<Finding> findings) {
        return new InspectionResultSubmitted(UUID.randomUUID(), application, section, department, round, result,
                "inspector." + department, LocalDate.now(), result == InspectionResult.NOT_APPLICABLE
                        ? "No completion archives are required for this section" : null, findings, UUID.randomUUID(),
                null, null, INSPECTORS.getOrDefault(department, "Inspector of " + department),
                "archives".equals(department) && result == InspectionResult.PASSED);
    }
}
