package org.jointacceptance.department.serving;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/** Hibernate's tenant is the current department: each department's entities live in its own database. */
@ApplicationScoped
@PersistenceUnitExtension
public class DepartmentTenants implements TenantResolver {

    private final ServedDepartments served;
    private final CurrentDepartment current;

    public DepartmentTenants(ServedDepartments served, CurrentDepartment current) {
        this.served = served;
        this.current = current;
    }

    @Override
    public String getDefaultTenantId() {
        return served.first();
    }

    @Override
    public String resolveTenantId() {
        return current.code();
    }
}
