package org.jointacceptance.department.serving;

import jakarta.enterprise.context.RequestScoped;


/**
 * The department a request or an event is handled for: chosen by {@link RequestDepartment} for a call, by
 * {@link ServedDepartments#each} for the rest; where nothing chose one (a scheduled task, a test's own query), the
 * instance's own department.
 */
@RequestScoped
public class CurrentDepartment {

    private final String own;
    private String code;

    CurrentDepartment(DepartmentConfig department) {
        this.own = department.code();
    }

    /** The department's code, as routing names it, e.g. {@code fire}. */
    public String code() {
        return code == null ? own : code;
    }

    void choose(String code) {
        this.code = code;
    }
}
