package org.jointacceptance.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DepartmentFinding;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeMaterial;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.OwedMaterialSupplied;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.RectifiedFinding;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.FindingSeverity;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureKind;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;

/**
 * One Dalian application told through its events, as the producers build them, with the calendar correction the
 * coordinator loaded meanwhile: every field filled, and again with only what the records require (the producers send
 * {@code null} for what they do not know). Shared with the consumers' tests through this module's test-jar, so that
 * they read the same events the contract is checked with.
 */
public final class RealisticEvents {

    public static final UUID APPLICATION = UUID.fromString("5b0e8c3d-2f61-4a9b-8d47-e1c6a0f93b12");
    public static final UUID SECTION = UUID.fromString("d4a7f2c9-8e15-4b30-a6c2-3f9b1e7d5a08");
    public static final UUID INSPECTION = UUID.fromString("1e9c4b7a-6d23-4f85-b0a1-c8e2d5f7a934");
    public static final UUID RESULT = UUID.fromString("a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a13");
    public static final UUID CORRECTED_RESULT = UUID.fromString("6f2e9a41-c3b8-4d17-a5e0-9b7c1d3f5e28");
    public static final UUID VISIT = UUID.fromString("0d4f6a8c-1e3b-4a5d-9c7e-2b4d6f8a0c1e");
    public static final UUID PROCEDURE = UUID.fromString("b8d1f3a5-2c4e-4f60-9a8b-7c6d5e4f3a21");

    public static final Applicant APPLICANT = new Applicant("91210204MA0R7T4K2F", "Dalian Xinghai Bay Builders Co., Ltd.",
            "Liu Yang", "+86 411 8456 2210", "liu.yang@xinghai-builders.example");

    private RealisticEvents() {
    }

    /** Every event type with every field filled. */
    public static List<Record> fullyPopulated() {
        return List.of(
                new IntakeDecided(APPLICATION, "2102042025-0042", "Xinghai Bay Office Tower", APPLICANT,
                        IntakeOutcome.ACCEPTED_WITH_TOLERANCE,
                        "The lightning protection test report may follow within 5 working days",
                        LocalDate.of(2025, 9, 19), List.of("Lightning protection test report"), false,
                        "DL-SQ-2025-000042", "K7QM3XPA", List.of(new IntakeMaterial("lightning-protection-test-report",
                                "Lightning protection test report", "防雷装置检测报告", false, LocalDate.of(2025, 9, 3)))),
                new InspectionRequested(APPLICATION, SECTION, "Section 1: office tower and podium", "meteorology", 2,
                        InspectionMode.ACCEPTANCE, "2102042025-0042", "Xinghai Bay Office Tower",
                        "6 Xinghai Square, Shahekou District, Dalian", "210204", LocalDate.of(2025, 10, 14),
                        List.of(new RectifiedFinding(1, "Down conductors", "引下线", "Down conductor on the podium roof is broken",
                                "Repair the down conductor", "Down conductor replaced on 2025-09-30",
                                List.of(new RectifiedFinding.Evidence("down-conductor.jpg", "image/jpeg",
                                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")))),
                        List.of(new InspectionRequested.Declaration("Height (m)", "99.6"),
                                new InspectionRequested.Declaration("Lightning protection class", "2")),
                        List.of(new InspectionRequested.Material("lightning-protection-test-report",
                                "lightning-test-2025.pdf", "application/pdf",
                                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                                "/applications/" + APPLICATION
                                        + "/materials/60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"))),
                new InspectionResultSubmitted(INSPECTION, APPLICATION, SECTION, "meteorology", 2,
                        InspectionResult.FAILED, "sun.hao", LocalDate.of(2025, 10, 9),
                        "Earthing resistance measured at the podium roof",
                        List.of(new Finding("Earthing resistance", "接地电阻", "Earthing resistance of 14 ohm exceeds the 10 ohm limit",
                                true, "Add earth electrodes and submit a new test report", FindingSeverity.MAJOR,
                                List.of(new Finding.Evidence("earthing-measurement.jpg", "image/jpeg",
                                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")))),
                        CORRECTED_RESULT, RESULT, "The first result named the wrong roof", "孙浩", false),
                new SiteVisitScheduled(INSPECTION, APPLICATION, SECTION, "Section 1: office tower and podium",
                        "meteorology", 2, LocalDate.of(2025, 10, 11), "09:30",
                        "6 Xinghai Square, Shahekou District, Dalian", "sun.hao",
                        "The testing body is on site only on Saturday", LocalDate.of(2025, 10, 9), "14:00", "孙浩"),
                new SpecialProcedureOpened(PROCEDURE, INSPECTION, APPLICATION, SECTION, "meteorology", 2,
                        SpecialProcedureKind.TESTING, "Earthing resistance must be measured by an accredited body",
                        LocalDate.of(2025, 9, 29), 5, LocalDate.of(2025, 10, 13)),
                new SpecialProcedureClosed(PROCEDURE, INSPECTION, APPLICATION, SECTION, "meteorology", 2,
                        SpecialProcedureKind.TESTING, LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 10), 3,
                        "Measured 14 ohm at the podium roof", LocalDate.of(2025, 10, 20)),
                new SectionDecided(APPLICATION, SECTION, "Section 1: office tower and podium", 2,
                        SectionDecision.REJECTED, "Xinghai Bay Office Tower", APPLICANT,
                        List.of(new DepartmentFinding("planning", "Building height and number of floors", "建筑高度和层数",
                                "The tower is 3.2 m higher than the approved planning permit allows", false,
                                "Apply for a revised planning permit"),
                                new DepartmentFinding("meteorology", "Earthing resistance", "接地电阻",
                                        "Earthing resistance of 14 ohm exceeds the 10 ohm limit", true,
                                        "Add earth electrodes and submit a new test report")),
                        List.of("Not rectifiable (planning): The tower is 3.2 m higher than the approved planning permit allows"),
                        null, false, "赵敏"),
                new RectificationSubmitted(APPLICATION, SECTION, "Section 1: office tower and podium", 2,
                        List.of("meteorology", "fire")),
                new OpinionIssued(APPLICATION, SECTION, "Section 1: office tower and podium", "Xinghai Bay Office Tower",
                        APPLICANT, "DL-LHYS-2025-000214",
                        "e3b5c4a1f09d27b6c8e41f5a92d0b7c36e8f14a2d59c07b3a6e1f8d24c9b05a7", LocalDate.of(2025, 11, 3)),
                new CompletionFilingIssued(APPLICATION, "2102042025-0042", "Xinghai Bay Office Tower", APPLICANT,
                        "DL-JGBA-2025-000088", LocalDate.of(2025, 11, 12),
                        List.of("DL-LHYS-2025-000214", "DL-LHYS-2025-000229")),
                new RoutingChanged(APPLICATION, SECTION, "Section 1: office tower and podium", "meteorology", 1,
                        RoutingChanged.Change.WITHDRAWN,
                        "The tower is below the height that requires a lightning protection acceptance", "zhang.wei",
                        "张伟"),
                new ApplicationTerminated(APPLICATION, "Xinghai Bay Office Tower", APPLICANT,
                        "The applicant withdrew the application in writing on 2025-10-20", "zhang.wei", "张伟"),
                new OwedMaterialDue(APPLICATION, "Xinghai Bay Office Tower", APPLICANT,
                        "lightning-protection-test-report", "Lightning protection test report",
                        LocalDate.of(2025, 9, 3), "防雷装置检测报告"),
                new OwedMaterialOverdue(APPLICATION, "Xinghai Bay Office Tower", APPLICANT,
                        "lightning-protection-test-report", "Lightning protection test report",
                        LocalDate.of(2025, 9, 3), "防雷装置检测报告"),
                new OwedMaterialSupplied(APPLICATION, "Xinghai Bay Office Tower", APPLICANT,
                        "lightning-protection-test-report", "Lightning protection test report",
                        LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 5)),
                new DueDateChanged(APPLICATION, "Xinghai Bay Office Tower", APPLICANT, LocalDate.of(2025, 9, 19),
                        LocalDate.of(2025, 10, 15), 14, "2020.2,2021.1,2022.1,2023.1,2024.1,2025.1,2026.1",
                        "rectification pause ended"),
                new StageClockChanged(APPLICATION, "Xinghai Bay Office Tower", StageClockChanged.State.PAUSED,
                        LocalDate.of(2025, 10, 15), false, "rectification began"),
                new RectificationDeadlineChanged(APPLICATION, SECTION, "Section 1: office tower and podium", 1,
                        "Xinghai Bay Office Tower", APPLICANT, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 15),
                        false, "calendar 2027 now 2027.1"),
                new DeadlineWarning(APPLICATION, "Xinghai Bay Office Tower", SECTION, "meteorology", 2,
                        DeadlineWarning.Level.RED, LocalDate.of(2025, 10, 14), 0, false, true),
                new CalendarYearLoaded(2020, "2020.2", "国务院办公厅关于延长2020年春节假期的通知",
                        List.of(new CalendarYearLoaded.Holiday("Spring Festival 春节", LocalDate.of(2020, 1, 24),
                                LocalDate.of(2020, 2, 2))),
                        List.of(LocalDate.of(2020, 1, 19)), "Zhang Wei",
                        "The State Council extended the Spring Festival holiday to 2 February"),
                new ResultCorrected(APPLICATION, SECTION, "Section 1: office tower and podium",
                        "Xinghai Bay Office Tower", "meteorology", 1, InspectionResult.FAILED,
                        "The earthing resistance was read from the wrong electrode", false, SectionDecision.ACCEPTED),
                new KeyProjectMarked(APPLICATION, "Xinghai Bay Office Tower",
                        "A municipal key project: the tower opens with the financial district in September", 10,
                        LocalDate.of(2025, 9, 19), List.of(new KeyProjectMarked.InspectionDue(SECTION, "fire", 1,
                                LocalDate.of(2025, 9, 11))), "liu.yang", "Liu Yang"),
                new ResultQuestioned(APPLICATION, SECTION, "Section 1: office tower and podium",
                        "Xinghai Bay Office Tower", "meteorology", 1, INSPECTION,
                        "Was the earthing resistance measured at the podium roof too?", "gao.jian", "高健"),
                new QuestionAnswered(INSPECTION, APPLICATION, SECTION, "meteorology", 1,
                        "Yes: 4 ohm at the podium roof, in the test report filed", "qian.lei", "钱磊"),
                new JointVisitProposed(VISIT, APPLICATION, SECTION, "Section 1: office tower and podium",
                        "Xinghai Bay Office Tower", 1, LocalDate.of(2025, 9, 10), "14:00",
                        "Site office at the podium's east entrance", "16 Xinghai Avenue, Shahekou District, Dalian",
                        List.of("planning", "fire", "meteorology"), "The fire inspectors are booked in the morning",
                        LocalDate.of(2025, 9, 10), "09:30", "zhang.wei", "张伟"),
                new JointVisitAnswered(VISIT, INSPECTION, APPLICATION, SECTION, "meteorology", 1, false,
                        LocalDate.of(2025, 9, 11), "09:00", "The earthing test needs a dry morning", "qian.lei",
                        "钱磊"),
                new JointVisitFixed(VISIT, APPLICATION, SECTION, "Section 1: office tower and podium",
                        "Xinghai Bay Office Tower", APPLICANT, 1, LocalDate.of(2025, 9, 11), "09:00",
                        "Site office at the podium's east entrance", "16 Xinghai Avenue, Shahekou District, Dalian",
                        List.of("planning", "fire", "meteorology"), LocalDate.of(2025, 9, 10), "14:00"));
    }

    /** Every event type with only what its record cannot do without. */
    public static List<Record> withOnlyTheRequiredFields() {
        Applicant applicant = new Applicant("91210200MA0QC8K63J", "Dalian Haiwan Construction Co., Ltd.", null, null,
                null);
        return List.of(
                new IntakeDecided(APPLICATION, null, null, applicant, IntakeOutcome.ACCEPTED, null, null, null),
                new InspectionRequested(APPLICATION, SECTION, null, "quality", 1, InspectionMode.FILING, null, null,
                        null, null, null, null),
                new InspectionResultSubmitted(INSPECTION, APPLICATION, SECTION, "quality", 1, InspectionResult.PASSED,
                        null, null, null, null),
                new SectionDecided(APPLICATION, SECTION, null, 1, SectionDecision.ACCEPTED, null, applicant, null,
                        null, null),
                new RectificationSubmitted(APPLICATION, SECTION, null, 2, null),
                new OpinionIssued(APPLICATION, SECTION, null, null, applicant, "DL-LHYS-2025-000001",
                        "5f2a8c1e7d94b03a6c1e8f27d4b9a05c3e6f81d2a7b4c09e5d3f6a18b2c7e94d", LocalDate.of(2025, 7, 8)),
                new CompletionFilingIssued(APPLICATION, null, null, applicant, "DL-JGBA-2025-000001",
                        LocalDate.of(2025, 7, 15), null),
                new RoutingChanged(APPLICATION, SECTION, null, "civil-air-defense", 1, RoutingChanged.Change.ADDED,
                        "The basement was converted into a civil air defense shelter", null),
                new ApplicationTerminated(APPLICATION, null, applicant, "The applicant withdrew the application", null),
                new OwedMaterialDue(APPLICATION, null, applicant, "archives-catalogue", null, LocalDate.of(2025, 6, 10)),
                new OwedMaterialOverdue(APPLICATION, null, applicant, "archives-catalogue", null,
                        LocalDate.of(2025, 6, 10)),
                new OwedMaterialSupplied(APPLICATION, null, applicant, "archives-catalogue", null,
                        LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 9)),
                new DueDateChanged(APPLICATION, null, applicant, null, LocalDate.of(2025, 7, 1), 0, null,
                        "calendar 2025 now 2025.2"),
                new StageClockChanged(APPLICATION, null, StageClockChanged.State.RUNNING, LocalDate.of(2025, 7, 1),
                        false, "intake accepted"),
                new RectificationDeadlineChanged(APPLICATION, SECTION, null, 1, null, applicant, null,
                        LocalDate.of(2027, 1, 8), true, "calendar 2027 could be counted"),
                new DeadlineWarning(APPLICATION, null, null, null, 0, DeadlineWarning.Level.OVERDUE,
                        LocalDate.of(2025, 7, 1), 0),
                new SiteVisitScheduled(INSPECTION, APPLICATION, SECTION, null, "quality", 1, LocalDate.of(2025, 10, 9),
                        "14:00", null, null, null, null, null),
                new SpecialProcedureOpened(PROCEDURE, INSPECTION, APPLICATION, SECTION, "quality", 1,
                        SpecialProcedureKind.EXPERT_REVIEW, "Structural safety needs an expert review",
                        LocalDate.of(2025, 9, 29), 10, null),
                new SpecialProcedureClosed(PROCEDURE, INSPECTION, APPLICATION, SECTION, "quality", 1,
                        SpecialProcedureKind.EXPERT_REVIEW, LocalDate.of(2025, 9, 29), LocalDate.of(2025, 9, 29), 0,
                        null),
                new CalendarYearLoaded(2027, "2027.1", "国务院办公厅关于2027年部分节假日安排的通知", List.of(), List.of(),
                        null, null),
                new ResultCorrected(APPLICATION, SECTION, null, null, "fire", 1, InspectionResult.PASSED, null, true,
                        null),
                new KeyProjectMarked(APPLICATION, null, "A provincial key project", 10, null, null, null, null),
                new ResultQuestioned(APPLICATION, SECTION, null, null, "fire", 1, INSPECTION, "Why?", null, null),
                new QuestionAnswered(INSPECTION, APPLICATION, SECTION, "fire", 1, "As recorded", null, null),
                new JointVisitProposed(VISIT, APPLICATION, SECTION, null, null, 1, LocalDate.of(2025, 9, 10), "14:00",
                        "North gate", null, List.of("fire"), null, null, null, null, null),
                new JointVisitAnswered(VISIT, INSPECTION, APPLICATION, SECTION, "fire", 1, true, null, null, null,
                        null, null),
                new JointVisitFixed(VISIT, APPLICATION, SECTION, null, null, applicant, 1, LocalDate.of(2025, 9, 10),
                        "14:00", "North gate", null, List.of("fire"), null, null));
    }
}
