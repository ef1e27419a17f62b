package org.jointacceptance.department;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The instance of the fire protection department, drawing half of its filings for a spot check. */
public class FireDepartment implements QuarkusTestProfile {

    static final String SPOT_CHECK_RATE = "0.5";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("department.code", "fire", "department.name", "Fire protection",
                "department.spot-check.rate", SPOT_CHECK_RATE);
    }
}
