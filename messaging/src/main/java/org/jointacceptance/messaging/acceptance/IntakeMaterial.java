package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A material the window found missing at intake, or tolerated as owed: its type, its names in English and in Chinese
 * (as the city's list of required materials gives them), whether it is key (never owed), and, when owed, the day it is
 * promised by.
 */
public record IntakeMaterial(String type, String name, String nameZh, boolean key, LocalDate promisedBy) {

    public IntakeMaterial {
        requireNonNull(type, "type");
    }
}
