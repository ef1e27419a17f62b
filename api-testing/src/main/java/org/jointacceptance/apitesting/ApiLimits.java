package org.jointacceptance.apitesting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointacceptance.apitesting.ApiOperations.ApiOperation;

/**
 * The limits an API document states on what a request may hold: a string its {@code maxLength} (or a format, a list
 * of values or a bounded pattern), a list its {@code maxItems}. Numbers and booleans are as long as http-problems'
 * JsonReadLimits lets them be.
 */
public final class ApiLimits {

    private static final Set<String> BOUNDED_FORMATS = Set.of("date", "date-time", "time", "uuid", "binary");

    private ApiLimits() {
    }

    /** Where a query parameter or request body of the document holds a string or list without a limit. */
    public static List<String> unlimited(JsonNode document) {
        List<String> unlimited = new ArrayList<>();
        for (ApiOperation operation : ApiOperations.of(document)) {
            operation.in("query").forEach(parameter -> collectUnlimited(document, parameter.schema(),
                    operation + " ?" + parameter.name(), unlimited));
            if (operation.body() != null) {
                collectUnlimited(document, operation.body().schema(), operation + " body", unlimited);
            }
        }
        return unlimited;
    }

    private static void collectUnlimited(JsonNode document, JsonNode schema, String where, List<String> unlimited) {
        JsonNode resolved = ApiOperations.schema(document, schema);
        switch (resolved.path("type").asText("")) {
            case "string" -> {
                if (!resolved.has("maxLength") && !resolved.has("enum")
                        && !BOUNDED_FORMATS.contains(resolved.path("format").asText(""))
                        && !bounded(resolved.path("pattern").asText(""))) {
                    unlimited.add(where);
                }
            }
            case "array" -> {
                if (!resolved.has("maxItems")) {
                    unlimited.add(where);
                }
                collectUnlimited(document, resolved.path("items"), where + "[]", unlimited);
            }
            case "object" -> OpenApiDocument.fields(resolved.path("properties")).forEach(property ->
                    collectUnlimited(document, property.getValue(), where + "." + property.getKey(), unlimited));
            default -> {
                // numbers and booleans are as long as JsonReadLimits lets them be
            }
        }
    }

    /** A pattern anchored at both ends without a quantifier that repeats without end, e.g. {@code ^[0-9]{6}$}. */
    private static boolean bounded(String pattern) {
        return pattern.startsWith("^") && pattern.endsWith("$") && !pattern.matches(".*(?<!\\\\)[*+].*")
                && !pattern.matches(".*\\{\\d+,}.*");
    }
}
