package org.jointacceptance.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.jointacceptance.infrastructure.tokens.User;

/**
 * The README tour's application (docs/examples/application.json) as a test sends it: by the firm it names, for a
 * project of its own each time, since a project's section is applied for by one application at a time.
 */
final class ExampleApplication {

    private static final String PROJECT_CODE = "2102022024-0117";
    /** The example's one section. */
    static final String SECTION = "Section 1: towers 1# and 2#";
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    private ExampleApplication() {
    }

    /** The example by {@code applicant}, for a project code registered nowhere yet. */
    static String by(Path home, User applicant) throws IOException {
        String example = Files.readString(home.resolve("docs/examples/application.json"));
        if (!example.contains(PROJECT_CODE)) {
            throw new IllegalStateException("The example application no longer has the project code " + PROJECT_CODE);
        }
        return example.replace(SampleUsers.APPLICANT.creditCode(), applicant.creditCode())
                .replace(PROJECT_CODE, projectCode());
    }

    /** The example by its own firm for one section, {@code section}, of the project {@code code}. */
    static String forSection(Path home, String code, String section) throws IOException {
        String example = Files.readString(home.resolve("docs/examples/application.json"));
        if (!example.contains(PROJECT_CODE) || !example.contains(SECTION)) {
            throw new IllegalStateException("The example application no longer has " + PROJECT_CODE + " and "
                    + SECTION);
        }
        return example.replace(PROJECT_CODE, code).replace(SECTION, section);
    }

    /** A project code registered nowhere yet. */
    static String projectCode() {
        return "2102022024-" + ProcessHandle.current().pid() + "-" + PROJECTS.incrementAndGet();
    }
}
