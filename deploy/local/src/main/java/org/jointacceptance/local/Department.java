package org.jointacceptance.local;

import java.util.List;

/** A department that runs its own department-service instance in the local run. */
public record Department(String code, String name) {

    /** The usual set, in the order their instances get ports. */
    public static final List<Department> ALL = List.of(
            new Department("quality", "Quality supervision"),
            new Department("planning", "Planning"),
            new Department("land", "Land"),
            new Department("fire", "Fire protection"),
            new Department("civil-air-defense", "Civil air defense"),
            new Department("meteorology", "Meteorology (lightning protection)"),
            new Department("archives", "City archives"));

    /**
     * The name of each department's own database, in which department-service reads {@code *} as a department's
     * code with {@code _} for {@code -}.
     */
    public static final String DATABASE = "department_*";

    /** The department's own database: {@code department_civil_air_defense} for {@code civil-air-defense}. */
    public String database() {
        return DATABASE.replace("*", code.replace('-', '_'));
    }
}
