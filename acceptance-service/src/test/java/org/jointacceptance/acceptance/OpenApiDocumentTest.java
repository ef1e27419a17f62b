package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jointacceptance.apitesting.OpenApiDocument;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.junit.jupiter.api.Test;

/**
 * The API document integrators read: every operation says what it does and what it answers, and every request body
 * comes with an example, so an endpoint added without them fails the build.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class OpenApiDocumentTest {

    @Test
    void every_operation_is_described_and_every_request_body_has_an_example() {
        JsonNode document = OpenApiDocument.fetch();
        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : OpenApiDocument.fields(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : OpenApiDocument.fields(path.getValue())) {
                if (!OpenApiDocument.METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode described = operation.getValue();
                operations++;
                if (described.path("summary").asText("").isBlank() || described.path("responses").isEmpty()) {
                    undescribed.add(name);
                }
                JsonNode content = described.path("requestBody").path("content");
                for (Map.Entry<String, JsonNode> media : OpenApiDocument.fields(content)) {
                    JsonNode body = media.getValue();
                    String missing = body.has("example") || body.has("examples") ? null
                            : missingExample(document, body.path("schema"), "body");
                    if (missing != null) {
                        withoutExample.add(name + " (" + media.getKey() + "): " + missing);
                    }
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(20);
        assertThat(undescribed).as("operations without a summary or responses").isEmpty();
        assertThat(withoutExample).as("request bodies without an example").isEmpty();
    }

    /**
     * Where the schema lacks an example, or null when it has one of its own or every property it requires (all,
     * when none is marked) has one. Files and enumerations need none.
     */
    private static String missingExample(JsonNode document, JsonNode schema, String where) {
        if (hasExample(schema)) {
            return null;
        }
        JsonNode resolved = OpenApiDocument.resolve(document, schema);
        if (hasExample(resolved)) {
            return null;
        }
        if (resolved.has("items")) {
            return missingExample(document, resolved.path("items"), where + "[]");
        }
        for (JsonNode part : resolved.path("allOf")) {
            String missing = missingExample(document, part, where);
            if (missing != null) {
                return missing;
            }
        }
        if (resolved.has("allOf")) {
            return null;
        }
        JsonNode properties = resolved.path("properties");
        if (properties.isEmpty()) {
            return where;
        }
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : OpenApiDocument.fields(properties)) {
            if (required.isEmpty() || required.contains(property.getKey())) {
                String missing = missingExample(document, property.getValue(), where + "." + property.getKey());
                if (missing != null) {
                    return missing;
                }
            }
        }
        return null;
    }

    private static boolean hasExample(JsonNode schema) {
        return schema.has("example") || schema.has("examples") || schema.has("enum")
                || "binary".equals(schema.path("format").asText());
    }
}
