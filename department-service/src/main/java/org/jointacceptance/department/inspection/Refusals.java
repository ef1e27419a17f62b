package org.jointacceptance.department.inspection;

import org.jointacceptance.problem.Problem;
import org.jointacceptance.problem.ProblemException;

/** A well-formed request that a rule of the workbench refuses: 422, with a stable problem type per rule. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException refused(String kind, String detail) {
        return new ProblemException(Problem.of(kind, "Refused by a rule", 422, detail));
    }
}
