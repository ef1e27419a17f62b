package org.jointacceptance.acceptance.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.problem.ProblemException;

/** One application for joint completion acceptance of one project, with one or more sections. */
@Entity
public class Application extends PanacheEntityBase {

    public static final String AGGREGATE_TYPE = "application";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    /** Given when the window accepts the application, with {@link #lookupCode}: both are on the intake receipt. */
    public String number;

    /** With the number, lets anyone look up the application's stage; nothing else. */
    @Column(name = "lookup_code")
    public String lookupCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_outcome")
    public IntakeOutcome intakeOutcome;

    /** Why the window did not accept the application, when it did not. */
    @Column(name = "intake_reason")
    public String intakeReason;

    /** What the window found missing at the last check: the one correction notice. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_materials")
    public List<MissingMaterial> missingMaterials = new ArrayList<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** While a window officer reviews the file: the last day to; after it, the window accepts it by itself. */
    @Column(name = "review_by")
    public LocalDate reviewBy;

    /** The files a window officer returned: none counts again as the material it was returned as. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "returned_files")
    public List<ReturnedFile> returnedFiles = new ArrayList<>();

    /** The day the window accepted the application; working day 1 is the first working day after it. */
    @Column(name = "intake_accepted_on")
    public LocalDate intakeAcceptedOn;

    /** The last working day of the joint stage. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** Which calendar computed {@link #dueDate}. */
    @Column(name = "calendar_version")
    public String calendarVersion;

    @Embedded
    public Applicant applicant;

    /** The attributes of the project as declared with this application: routing reads these. */
    @Embedded
    public Project project;

    /** The registered project this application is for; from the application's first submission on. */
    @Column(name = "project_id")
    public UUID projectId;

    /** The joint-stage clock's state as last told to the other services; null until the window accepts it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "clock_state")
    public StageClockChanged.State clockState;

    /** The due date last told with {@link #clockState}. */
    @Column(name = "clock_due_date")
    public LocalDate clockDueDate;

    /** A key project (重点项目) on the green channel: the shorter stage limit, first in every inbox and board. */
    @Column(name = "key_project")
    public boolean keyProject;

    @Column(name = "key_project_reason")
    public String keyProjectReason;

    @Column(name = "terminated_reason")
    public String terminatedReason;

    @Column(name = "terminated_at")
    public OffsetDateTime terminatedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();

    /**
     * A material the window found missing, and why it could not be tolerated; or one a window officer returned, with
     * the {@code problem} found and the officer's {@code remark} (both null for the automatic check's).
     */
    public record MissingMaterial(String type, String name, boolean key, String note, ReviewProblem problem,
            String remark) {
    }

    /** A file (by its SHA-256) a window officer returned as the material {@code type}. */
    public record ReturnedFile(String type, String sha256) {
    }

    /** Whether a window officer returned this file as this material. */
    public boolean returned(String type, String sha256) {
        return returnedFiles.contains(new ReturnedFile(type, sha256));
    }

    /** The automatic check found every material there: a window officer reviews the file by {@code reviewBy}. */
    public void awaitReview(LocalDate lastDay) {
        requireStatus(ApplicationStatus.DRAFT, ApplicationStatus.CORRECTION_REQUIRED);
        status = ApplicationStatus.AWAITING_REVIEW;
        missingMaterials = new ArrayList<>();
        reviewBy = lastDay;
    }

    /** Whether a window officer has the file to review. */
    public void requireAwaitingReview() {
        if (status != ApplicationStatus.AWAITING_REVIEW) {
            throw ProblemException.conflict("not-awaiting-review", status);
        }
    }

    /**
     * A window officer returns the file: the {@code returned} materials, with what is wrong with each, make the one
     * correction notice, and their {@code files} no longer count; the firm uploads others and submits again.
     */
    public void returnForCorrection(List<MissingMaterial> returned, List<ReturnedFile> files) {
        requireAwaitingReview();
        status = ApplicationStatus.CORRECTION_REQUIRED;
        intakeOutcome = IntakeOutcome.CORRECTION_REQUIRED;
        intakeReason = returned.size() + " material(s) returned by the window officer";
        missingMaterials = new ArrayList<>(returned);
        returnedFiles = new ArrayList<>(returnedFiles);
        files.stream().filter(file -> !returnedFiles.contains(file)).forEach(returnedFiles::add);
        reviewBy = null;
    }

    /** A coordinator ends the application before its decision; results that arrive afterwards are refused. */
    public void terminate(String reason, OffsetDateTime now) {
        if (status == ApplicationStatus.ACCEPTED || status == ApplicationStatus.TERMINATED) {
            throw ProblemException.conflict("application-closed", status);
        }
        status = ApplicationStatus.TERMINATED;
        terminatedReason = reason;
        terminatedAt = now;
    }

    /**
     * A coordinator puts the application on the green channel, once, before it is decided or ended: each inspection
     * still awaited takes the shorter due date {@code departmentDueFrom} counts from the day it was asked for, where
     * that is earlier. Returns those inspections.
     */
    public List<SectionInspection> markAsKeyProject(String reason, Function<LocalDate, LocalDate> departmentDueFrom) {
        if (keyProject) {
            throw ProblemException.conflict("already-key-project");
        }
        if (List.of(ApplicationStatus.NOT_ACCEPTED, ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED,
                ApplicationStatus.TERMINATED).contains(status)) {
            throw ProblemException.conflict("key-project-closed", status);
        }
        keyProject = true;
        keyProjectReason = reason;
        return sections.stream().flatMap(section -> section.shortenAwaitedDueDates(departmentDueFrom).stream())
                .toList();
    }

    private void requireStatus(ApplicationStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new IllegalStateException("Application " + id + " is " + status + ", not " + List.of(allowed));
        }
    }

    /** The application's status follows its sections: rejected if one is, accepted when all are. */
    public void updateStatusFromSections() {
        if (status == ApplicationStatus.TERMINATED || intakeAcceptedOn == null) {
            return;
        }
        if (sections.stream().anyMatch(section -> section.status == SectionStatus.REJECTED)) {
            status = ApplicationStatus.REJECTED;
        } else if (sections.stream().allMatch(section -> section.status == SectionStatus.ACCEPTED)) {
            status = ApplicationStatus.ACCEPTED;
        } else if (sections.stream().anyMatch(section -> section.status == SectionStatus.RECTIFICATION_REQUIRED)) {
            status = ApplicationStatus.RECTIFICATION_REQUIRED;
        } else {
            status = ApplicationStatus.IN_INSPECTION;
        }
    }
}
