package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.junit.jupiter.api.Test;

/**
 * The API document integrators read: every operation says what it does and what it answers, and every request body
 * comes with an example, so an endpoint added without them fails the build.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void every_operation_is_described_and_every_request_body_has_an_example() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode described = operation.getValue();
                operations++;
                if (described.path("summary").asText("").isBlank() || described.path("responses").isEmpty()) {
                    undescribed.add(name);
                }
                for (Map.Entry<String, JsonNode> media : fields(described.path("requestBody").path("content"))) {
                    JsonNode body = media.getValue();
                    if (!body.has("example") && !body.has("examples") && !exemplified(document, body.path("schema"))) {
                        withoutExample.add(name + " (" + media.getKey() + ")");
                    }
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(20);
        assertThat(undescribed).as("operations without a summary or responses").isEmpty();
        assertThat(withoutExample).as("request bodies without an example").isEmpty();
    }

    /** Has an example of its own, or every property it requires (all, when none is marked) has one; files count. */
    private static boolean exemplified(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("example") || resolved.has("examples") || "binary".equals(resolved.path("format").asText())
                || resolved.has("enum")) {
            return true;
        }
        if (resolved.has("items")) {
            return exemplified(document, resolved.path("items"));
        }
        if (resolved.has("allOf")) {
            for (JsonNode part : resolved.path("allOf")) {
                if (!exemplified(document, part)) {
                    return false;
                }
            }
            return true;
        }
        JsonNode properties = resolved.path("properties");
        if (properties.isEmpty()) {
            return false;
        }
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : fields(properties)) {
            if ((required.isEmpty() || required.contains(property.getKey()))
                    && !exemplified(document, property.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String reference = schema.path("$ref").asText("");
        return reference.isEmpty() ? schema : document.at(reference.substring(1));
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> each = node.fields(); each.hasNext();) {
            fields.add(each.next());
        }
        return fields;
    }
}
