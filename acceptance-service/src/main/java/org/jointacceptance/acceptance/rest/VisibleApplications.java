package org.jointacceptance.acceptance.rest;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/**
 * The applications the caller may see: a coordinator, the lead center's leader or a supervisor every one, an applicant its own firm's, an
 * inspector or lead those routed to its department. Any other is answered as if it did not exist (404), so that ids
 * cannot be probed.
 */
@RequestScoped
public class VisibleApplications {

    private final Caller caller;

    public VisibleApplications(Caller caller) {
        this.caller = caller;
    }

    public Application get(UUID id) {
        Application application = Application.findById(id);
        if (application == null || !visible(application)) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    /** The applicant's own credit code, to narrow a list to its firm; empty for callers who see every firm's. */
    public Optional<String> onlyFirm() {
        return seesEveryApplication() ? Optional.empty()
                : Optional.of(caller.creditCode().orElse(""));
    }

    private boolean seesEveryApplication() {
        return caller.is(Role.COORDINATOR) || caller.is(Role.LEAD_CENTER) || caller.is(Role.SUPERVISOR);
    }

    private boolean visible(Application application) {
        if (seesEveryApplication()) {
            return true;
        }
        if (caller.is(Role.APPLICANT) && caller.creditCode().filter(application.applicant.creditCode::equals).isPresent()) {
            return true;
        }
        return caller.is(Role.INSPECTOR) && caller.department()
                .filter(department -> SectionInspection.requested(application.id, department)).isPresent();
    }
}
