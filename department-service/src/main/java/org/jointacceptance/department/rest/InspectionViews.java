package org.jointacceptance.department.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.Session;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.procedure.SpecialProcedure;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.department.sitevisit.JointVisit;
import org.jointacceptance.department.sitevisit.SiteVisit;

/** Builds inspection views for a page of the inbox with a fixed number of queries, however long the page. */
@ApplicationScoped
public class InspectionViews {

    private final CurrentDepartment department;
    private final AnnouncedCalendar announcedCalendar;
    private final EntityManager entityManager;
    private final Clock clock;

    /**
     * One query for the page: each checklist's progress, and the ids of what is usually absent (a current site visit,
     * an open special procedure, a current joint visit), each read only when one of the page has it.
     */
    private static final String PROGRESS = """
            select i.id, count(c), count(c.mark),
                   count(case when c.mark = org.jointacceptance.department.checklist.ItemMark.FAIL then 1 end),
                   (select v.id from SiteVisit v where v.inspectionId = i.id and v.supersededAt is null),
                   (select p.id from SpecialProcedure p where p.inspectionId = i.id and p.closedAt is null),
                   (select j.id from JointVisit j where j.inspectionId = i.id and j.supersededAt is null)
            from Inspection i left join ChecklistItem c on c.inspectionId = i.id
            """;

    public InspectionViews(CurrentDepartment department, AnnouncedCalendar announcedCalendar,
            EntityManager entityManager, Clock clock) {
        this.department = department;
        this.announcedCalendar = announcedCalendar;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public InspectionView of(Inspection inspection) {
        return of(List.of(inspection)).get(0);
    }

    public List<InspectionView> of(List<Inspection> inspections) {
        if (inspections.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = inspections.stream().map(inspection -> inspection.id).toList();
        // One id is bound as one value, not as a list: Hibernate translates a query with a list anew at every call.
        TypedQuery<Object[]> query = ids.size() == 1
                ? entityManager.createQuery(PROGRESS + "where i.id = :id group by i.id", Object[].class)
                        .setParameter("id", ids.get(0))
                : entityManager.createQuery(PROGRESS + "where i.id in :ids group by i.id", Object[].class)
                        .setParameter("ids", ids);
        List<Object[]> rows = query.getResultList();
        Map<UUID, InspectionView.Progress> progress = rows.stream().collect(Collectors.toMap(row -> (UUID) row[0],
                row -> new InspectionView.Progress((Long) row[1], (Long) row[2], (Long) row[3])));
        Map<UUID, SiteVisit> visits = byInspection(SiteVisit.class, rows, 4, visit -> visit.inspectionId);
        Map<UUID, SpecialProcedure> procedures = byInspection(SpecialProcedure.class, rows, 5,
                procedure -> procedure.inspectionId);
        Map<UUID, JointVisit> jointVisits = byInspection(JointVisit.class, rows, 6, visit -> visit.inspectionId);
        LocalDate today = WorkingCalendar.today(clock);
        return inspections.stream().map(inspection -> view(inspection, today,
                progress.getOrDefault(inspection.id, new InspectionView.Progress(0, 0, 0)),
                visits.get(inspection.id), procedures.get(inspection.id), jointVisits.get(inspection.id))).toList();
    }

    /** The entities whose ids are in the rows' given column, by the inspection each belongs to. */
    private <T> Map<UUID, T> byInspection(Class<T> type, List<Object[]> rows, int column,
            Function<T, UUID> inspectionOf) {
        List<UUID> ids = rows.stream().map(row -> (UUID) row[column]).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.unwrap(Session.class).findMultiple(type, ids).stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(inspectionOf, Function.identity()));
    }

    private InspectionView view(Inspection inspection, LocalDate today, InspectionView.Progress progress,
            SiteVisit visit, SpecialProcedure procedure, JointVisit jointVisit) {
        return new InspectionView(inspection.id, department.code(), inspection.applicationId, inspection.sectionId,
                inspection.sectionName, inspection.round, inspection.mode, inspection.projectCode,
                inspection.projectName, inspection.address, inspection.district, inspection.dueDate,
                inspection.dueDate != null && announcedCalendar.current().isProvisional(inspection.dueDate),
                inspection.requestedDueDate, inspection.pausedWorkingDays, workingDaysLeft(today, inspection.dueDate),
                inspection.state, inspection.assignee, inspection.assignedBy, inspection.assignedAt, progress,
                visit == null ? null : new InspectionView.SiteVisitSlot(visit.date, visit.timeOfDay(),
                        visit.inspector),
                procedure == null ? null : new InspectionView.OpenProcedure(procedure.id, procedure.kind,
                        procedure.openedOn, procedure.expectedEnd),
                inspection.spotCheckDrawn == null ? null : new InspectionView.SpotCheck(inspection.spotCheckSeed,
                        inspection.spotCheckRate.stripTrailingZeros(), inspection.spotCheckDrawn),
                List.copyOf(inspection.checklistTemplates), List.copyOf(inspection.declared), inspection.result,
                inspection.resultId, inspection.inspector, inspection.inspectedOn, inspection.reason,
                List.copyOf(inspection.findings), inspection.requestedAt, inspection.submittedAt,
                inspection.keyProject, inspection.leadQuestion, inspection.questionedBy, inspection.questionedAt,
                InspectionView.JointVisitSlot.of(jointVisit));
    }

    /** Working days from today to the due date; negative when overdue; none without a due date or its calendar year. */
    private Integer workingDaysLeft(LocalDate today, LocalDate dueDate) {
        if (dueDate == null) {
            return null;
        }
        WorkingCalendar calendar = announcedCalendar.current();
        try {
            return dueDate.isBefore(today) ? -calendar.workingDaysBetween(dueDate, today)
                    : calendar.workingDaysBetween(today, dueDate);
        } catch (CalendarYearNotLoadedException e) {
            return null;
        }
    }
}
