package org.jointacceptance.department.inspection;

import io.smallrye.config.ConfigMapping;

/** Which department this instance serves. */
@ConfigMapping(prefix = "department")
public interface DepartmentConfig {

    /** The department's code, as routing names it, e.g. {@code fire}. */
    String code();

    /** Its name for people. */
    String name();
}
