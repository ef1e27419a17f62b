package org.jointacceptance.local;

import java.util.ArrayList;
import java.util.List;

import org.jointacceptance.infrastructure.tokens.User;

/**
 * The people the local run signs in, one per role and department: the firm of the README's tour, an inspector and a
 * lead for each department, a coordinator of the lead center, its leader who signs the decisions, and a supervisor.
 */
final class SampleUsers {

    /** The firm of docs/examples/application.json. */
    static final User APPLICANT = User.applicant("wang.li", "91210200MA0QC8K63J");
    static final User COORDINATOR = User.coordinator("liu.yang");
    static final User LEAD_CENTER = User.leadCenter("gao.jian");
    static final User SUPERVISOR = User.supervisor("chen.jing");

    private SampleUsers() {
    }

    static User inspector(Department department) {
        return User.inspector(department.code() + "-inspector", department.code());
    }

    static User lead(Department department) {
        return User.lead(department.code() + "-lead", department.code());
    }

    /** Everyone, each with the shell variable its token goes in: {@code TOKEN_FIRE_INSPECTOR} and so on. */
    static List<Named> all(List<Department> departments) {
        List<Named> users = new ArrayList<>(List.of(new Named("TOKEN_APPLICANT", APPLICANT),
                new Named("TOKEN_COORDINATOR", COORDINATOR), new Named("TOKEN_LEAD_CENTER", LEAD_CENTER),
                new Named("TOKEN_SUPERVISOR", SUPERVISOR)));
        for (Department department : departments) {
            String variable = "TOKEN_" + department.code().toUpperCase().replace('-', '_');
            users.add(new Named(variable + "_INSPECTOR", inspector(department)));
            users.add(new Named(variable + "_LEAD", lead(department)));
        }
        return users;
    }

    /** A sample user and the shell variable that holds its token. */
    record Named(String variable, User user) {
    }
}
