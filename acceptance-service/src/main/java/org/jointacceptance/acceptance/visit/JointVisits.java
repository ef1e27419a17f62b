package org.jointacceptance.acceptance.visit;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.access.Person;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.jointacceptance.messaging.inbox.Inbox;
import org.jointacceptance.problem.CalendarProblems;

/**
 * The joint site visit (集中验收): the coordinator proposes it, each department asked answers through its own service,
 * and it is fixed, and announced, once all that still inspect have confirmed it.
 */
@ApplicationScoped
public class JointVisits {

    private static final Logger LOG = Logger.getLogger(JointVisits.class);

    private final Inbox inbox;
    private final Timeline timeline;
    private final JointStageClock stageClock;
    private final Clock clock;

    public JointVisits(Inbox inbox, Timeline timeline, JointStageClock stageClock, Clock clock) {
        this.inbox = inbox;
        this.timeline = timeline;
        this.stageClock = stageClock;
        this.clock = clock;
    }

    /** Proposes the section's joint visit, or a new slot for it; the departments asked are told. */
    @Transactional
    public JointVisit propose(UUID applicationId, UUID sectionId, JointVisitRequest request, Person coordinator) {
        Section section = Section.lockedIn(applicationId, sectionId);
        CalendarProblems.requireVisitTime(stageClock.calendar(), request.date(), request.time(), clock);
        JointVisit before = JointVisit.currentOf(section.id, section.round);
        JointVisit visit = JointVisit.propose(section, request.date(), request.time(), request.meetingPoint().strip(),
                request.givenReason(), coordinator, OffsetDateTime.now(clock));
        if (visit == null) {
            return before;
        }
        Application application = section.application;
        timeline.announce(application.id, section.id, "coordinator:" + coordinator.login(), "JOINT_VISIT_PROPOSED",
                "Round " + visit.round + ": " + visit.date + " " + visit.timeOfDay() + " at " + visit.meetingPoint
                        + ", for " + String.join(", ", visit.departments) + (before == null ? ""
                                : " (was " + before.date + " " + before.timeOfDay() + ")")
                        + (visit.reason == null ? "" : ": " + visit.reason),
                Particulars.round(visit.round).on(visit.date).about(visit.timeOfDay() + " " + visit.meetingPoint)
                        .because(visit.reason),
                new JointVisitProposed(visit.id, application.id, section.id, section.name, application.project.name,
                        visit.round, visit.date, visit.timeOfDay(), visit.meetingPoint, application.project.address,
                        visit.departments, visit.reason, before == null ? null : before.date,
                        before == null ? null : before.timeOfDay(), coordinator.login(), coordinator.name()));
        return visit;
    }

    /** A department confirmed the proposal, or asked for another slot; the last confirmation fixes the visit. */
    @Transactional
    public void answered(EventEnvelope envelope, JointVisitAnswered answered) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        Section section = Section.findById(answered.sectionId(), LockModeType.PESSIMISTIC_WRITE);
        JointVisit visit = JointVisit.findById(answered.visitId());
        if (section == null || visit == null || !visit.sectionId.equals(section.id)
                || !visit.answer(new JointVisit.Answer(answered.department(), answered.confirmed(),
                        answered.askedDate(), answered.askedTime() == null ? null
                                : LocalTime.parse(answered.askedTime()), answered.reason(),
                        answered.inspector(), answered.inspectorName(), OffsetDateTime.now(clock)))) {
            LOG.infof("Answer of %s to joint visit %s set aside: not asked, or the proposal was replaced",
                    answered.department(), answered.visitId());
            return;
        }
        String actor = "department:" + answered.department() + "/" + answered.inspector();
        if (answered.confirmed()) {
            timeline.record(section.application.id, section.id, actor, "JOINT_VISIT_CONFIRMED", "Round "
                    + visit.round + ": " + visit.date + " " + visit.timeOfDay() + " confirmed",
                    Particulars.of(answered.department(), visit.round).on(visit.date), envelope.id());
        } else {
            timeline.record(section.application.id, section.id, actor, "JOINT_VISIT_OTHER_SLOT_ASKED", "Round "
                    + visit.round + ": asks for " + answered.askedDate() + " " + answered.askedTime() + ": "
                    + answered.reason(), Particulars.of(answered.department(), visit.round)
                            .on(answered.askedDate()).about(answered.askedTime()).because(answered.reason()),
                    envelope.id());
        }
        fixIfConfirmed(section, visit);
    }

    /** A department of the section concluded: the visit may now wait for no one else. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultIn(Section section) {
        JointVisit visit = JointVisit.currentOf(section.id, section.round);
        if (visit != null) {
            fixIfConfirmed(section, visit);
        }
    }

    private void fixIfConfirmed(Section section, JointVisit visit) {
        if (!visit.fixIfConfirmed(section, OffsetDateTime.now(clock))) {
            return;
        }
        Application application = section.application;
        JointVisit moved = JointVisit.lastMovedOf(section.id, visit.round);
        List<String> coming = visit.coming(section);
        timeline.announce(application.id, section.id, "system", "JOINT_VISIT_FIXED", "Round " + visit.round + ": "
                + visit.date + " " + visit.timeOfDay() + " at " + visit.meetingPoint + ", with "
                + String.join(", ", coming), Particulars.round(visit.round).on(visit.date)
                        .about(visit.timeOfDay() + " " + visit.meetingPoint),
                new JointVisitFixed(visit.id, application.id, section.id, section.name, application.project.name,
                        application.applicant.toEvent(), visit.round, visit.date, visit.timeOfDay(),
                        visit.meetingPoint, application.project.address, coming, moved == null ? null : moved.date,
                        moved == null ? null : moved.timeOfDay()));
    }
}
