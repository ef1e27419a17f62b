package org.jointacceptance.department.serving;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** Which departments this instance serves, and the departments' own rules. */
@ConfigMapping(prefix = "department")
public interface DepartmentConfig {

    /** The instance's own department, as routing names it, e.g. {@code fire}; its database is the datasource's. */
    String code();

    /**
     * More of the city's departments this instance serves beside its own, each in its own database: one JVM for a
     * city's departments instead of one each. None by default.
     */
    Optional<List<String>> also();

    /** Where each of those departments' databases is: a JDBC URL in which {@code *} stands for its code. */
    String alsoDatabaseUrl();

    /** Its name for people. */
    String name();

    /** Filings (fire protection of ordinary projects): the share drawn for a full spot-check inspection. */
    SpotCheck spotCheck();

    /** Where a city keeps its own checklist templates; they take precedence over the bundled ones. */
    Checklists checklists();

    /** The evidence files inspectors may attach to findings. */
    Evidence evidence();

    /** Where the application's materials are read from. */
    AcceptanceService acceptanceService();

    /** The spot-check draw of filings. */
    interface SpotCheck {

        /** Between 0 and 1, e.g. 0.3 for three filings in ten. */
        BigDecimal rate();
    }

    /** Checklist templates as data. */
    interface Checklists {

        /** A directory of {@code <template>.json} files; none means the bundled templates only. */
        Optional<Path> directory();
    }

    /** Limits on evidence files. */
    interface Evidence {

        MemorySize maxSize();

        List<String> mediaTypes();
    }

    /** acceptance-service, which serves the application's materials. */
    interface AcceptanceService {

        URI url();

        /** The largest material read through this department. */
        MemorySize maxMaterialSize();
    }
}
