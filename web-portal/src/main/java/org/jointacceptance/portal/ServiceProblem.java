package org.jointacceptance.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's refusal of what the reader sent ({@code application/problem+json}, status 400, 409, 413, 415 or 422,
 * such as a site visit on a day off): the page shows each invalid field's message next to that field, and the rest
 * above the form.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceProblem(String type, String title, int status, String detail, List<FieldError> errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    /**
     * The problem a service answered with, if it is one the reader can correct; otherwise the refusal is thrown again
     * for the error pages.
     */
    public static ServiceProblem of(WebApplicationException refusal) {
        int status = refusal.getResponse().getStatus();
        if (status != 400 && status != 409 && status != 413 && status != 415 && status != 422) {
            throw refusal;
        }
        try {
            return JSON.readValue(refusal.getResponse().readEntity(String.class), ServiceProblem.class);
        } catch (Exception unreadable) {
            throw refusal;
        }
    }

    /** The message of each field named, in the order the service gave them; the first for a field repeated. */
    public Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (errors != null) {
            errors.forEach(error -> fields.putIfAbsent(error.field(), error.message()));
        }
        return fields;
    }

    /** All it says in one sentence, for a form with no field of its own to show each beside: the fields' or the detail. */
    public String said() {
        return errors == null || errors.isEmpty() ? detail : String.join(" ", byField().values());
    }

    /** What to say above the form: the detail, when no field is named. */
    public String summary() {
        return errors == null || errors.isEmpty() ? detail : null;
    }
}
