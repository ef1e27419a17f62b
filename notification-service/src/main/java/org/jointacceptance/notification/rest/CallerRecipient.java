package org.jointacceptance.notification.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.notification.notice.Recipient;

/**
 * The recipient the caller of the current request is, read from its token: a supervisor is {@code supervisor}, a
 * coordinator or the lead center's leader {@code coordinator} (the lead center's inbox), an inspector or lead {@code department:<department claim>}, an applicant
 * {@code applicant:<credit_code claim>}. A caller holding several of these roles is the first of them in that order,
 * the widest first. Its inbox, preferences and webhooks are the only ones it reaches.
 */
@RequestScoped
public class CallerRecipient {

    private final Caller caller;
    private String name;

    public CallerRecipient(Caller caller) {
        this.caller = caller;
    }

    /** The caller's recipient name; refused (403) when its token names no firm or department it could be. */
    public String name() {
        if (name == null) {
            name = resolve().filter(found -> found.matches(Recipient.NAME_PATTERN))
                    .orElseThrow(() -> new ForbiddenException("The token names no recipient"));
        }
        return name;
    }

    private Optional<String> resolve() {
        if (caller.is(Role.SUPERVISOR)) {
            return Optional.of(Recipient.SUPERVISOR.name());
        }
        if (caller.is(Role.COORDINATOR) || caller.is(Role.LEAD_CENTER)) {
            return Optional.of(Recipient.COORDINATOR.name());
        }
        if (caller.is(Role.LEAD) || caller.is(Role.INSPECTOR)) {
            return caller.department().map(department -> Recipient.department(department).name());
        }
        if (caller.is(Role.APPLICANT)) {
            return caller.creditCode().map(code -> Recipient.APPLICANT_PREFIX + code);
        }
        return Optional.empty();
    }
}
