package org.jointacceptance.department.serving;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while every department served can reach its database: the datasource's own check covers the instance's
 * own department, this one each further one.
 */
@Readiness
@ApplicationScoped
public class DepartmentDatabasesCheck implements HealthCheck {

    private final DepartmentDatabases databases;

    public DepartmentDatabasesCheck(@PersistenceUnitExtension DepartmentDatabases databases) {
        this.databases = databases;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> unreachable = databases.unreachable();
        return HealthCheckResponse.named("Databases of the further departments served").status(unreachable.isEmpty())
                .withData("unreachable", String.join(",", unreachable)).build();
    }
}
