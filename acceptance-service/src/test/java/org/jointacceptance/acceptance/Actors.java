package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;

/** The people who call acceptance-service in the tests, each signed in with a token of their own. */
final class Actors {

    /** The firm that applies in the tests: Dalian Haiwan Construction. */
    static final User FIRM = User.applicant("Wang Li", ApplicationRequests.HAIWAN_CREDIT_CODE);
    static final User OTHER_FIRM = User.applicant("Zhou Qiang", "91210202MA0Y5T2X1U");
    static final User COORDINATOR = User.coordinator("Liu Yang");
    static final User SUPERVISOR = User.supervisor("Chen Jing");
    static final User LEAD_CENTER = User.leadCenter("Gao Jian");
    static final User FIRE_INSPECTOR = User.inspector("Zhao Min", "fire");
    static final User FIRE_LEAD = User.lead("Sun Hao", "fire");
    static final User CIVIL_AIR_DEFENSE_INSPECTOR = User.inspector("Qian Lei", "civil-air-defense");

    private Actors() {
    }

    static RequestSpecification as(User user) {
        return given().auth().oauth2(TestTokens.of(user));
    }

    static RequestSpecification asFirm() {
        return as(FIRM);
    }

    static RequestSpecification asCoordinator() {
        return as(COORDINATOR);
    }

    /**
     * Who makes this request in the tests: the firm registers and changes its projects, applies, submits, uploads and
     * rectifies; the lead center signs and settles late corrections; the coordinator does the rest.
     */
    static User whoMakes(String method, String path) {
        if (method.equals("POST") && (path.contains("/signature") || path.contains("/late-corrections/"))) {
            return LEAD_CENTER;
        }
        boolean firms = method.equals("POST") && (path.equals("/applications") || path.endsWith("/submission")
                || path.endsWith("/rectification") || path.endsWith("/materials"))
                || method.equals("PUT") && path.equals("/applications/{id}")
                || !method.equals("GET") && path.startsWith("/projects");
        return firms ? FIRM : COORDINATOR;
    }
}
