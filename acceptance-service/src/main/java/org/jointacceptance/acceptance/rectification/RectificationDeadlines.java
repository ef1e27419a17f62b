package org.jointacceptance.acceptance.rectification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.decision.DecisionService;

/** Rejects the sections whose rectification notice was not answered by its deadline. */
@ApplicationScoped
public class RectificationDeadlines {

    private final DecisionService decisions;
    private final JointStageClock stageClock;

    public RectificationDeadlines(DecisionService decisions, JointStageClock stageClock) {
        this.decisions = decisions;
        this.stageClock = stageClock;
    }

    /** Returns how many sections it rejected; each in its own transaction, so one cannot hold up the others. */
    public int rejectLapsed() {
        List<UUID> lapsed = QuarkusTransaction.requiringNew().call(() -> Section.<Section>list(
                "status = ?1 and rectifyBy < ?2 and application.status = ?3", SectionStatus.RECTIFICATION_REQUIRED,
                stageClock.today(), ApplicationStatus.RECTIFICATION_REQUIRED).stream().map(section -> section.id).toList());
        int rejected = 0;
        for (UUID id : lapsed) {
            rejected += QuarkusTransaction.requiringNew().call(() -> {
                Section section = Section.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (!section.noticeLapsed(stageClock.today())) {
                    return 0;
                }
                decisions.rejectUnrectified(section);
                return 1;
            });
        }
        return rejected;
    }
}
