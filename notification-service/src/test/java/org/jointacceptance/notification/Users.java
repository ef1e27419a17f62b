package org.jointacceptance.notification;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.acceptance.Applicant;

/** The tests' users, one sample per role, and requests made as them with their bearer tokens. */
final class Users {

    static final User INSPECTOR = User.inspector("Zhao Min", "fire");
    static final User LEAD = User.lead("Sun Li", "fire");
    static final User COORDINATOR = User.coordinator("Chen Jing");
    static final User SUPERVISOR = User.supervisor("Zhou Hong");

    private static final String APPLICANT = "applicant:";
    private static final String DEPARTMENT = "department:";

    private Users() {
    }

    /** The firm's applicant. */
    static User applicantOf(Applicant firm) {
        return User.applicant("Liu Yang", firm.creditCode());
    }

    /**
     * Someone whose token makes it {@code recipient}: the coordinator, the supervisor, an inspector of the department
     * or the firm's applicant.
     */
    static User reading(String recipient) {
        if (recipient.startsWith(APPLICANT)) {
            return User.applicant("Liu Yang", recipient.substring(APPLICANT.length()));
        }
        if (recipient.startsWith(DEPARTMENT)) {
            return User.inspector("Zhao Min", recipient.substring(DEPARTMENT.length()));
        }
        return switch (recipient) {
            case "coordinator" -> COORDINATOR;
            case "supervisor" -> SUPERVISOR;
            default -> throw new IllegalArgumentException("No one reads " + recipient);
        };
    }

    /** A request signed in as {@code user}. */
    static RequestSpecification as(User user) {
        return given().auth().oauth2(TestTokens.of(user));
    }

    /** A request signed in as the one who reads {@code recipient}'s inbox. */
    static RequestSpecification as(String recipient) {
        return as(reading(recipient));
    }
}
