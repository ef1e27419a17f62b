package org.jointacceptance.apitesting;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The service's own OpenAPI document, as integrators read it, and the walk through its paths and schemas. */
public final class OpenApiDocument {

    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDocument() {
    }

    /** The document of the service the tests run, as RestAssured reaches it. */
    public static JsonNode fetch() {
        try {
            return new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }

    /** The schema itself, or the one its {@code $ref} names. */
    public static JsonNode resolve(JsonNode document, JsonNode schema) {
        String reference = schema.path("$ref").asText("");
        return reference.isEmpty() ? schema : document.at(reference.substring(1));
    }

    public static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> each = node.fields(); each.hasNext();) {
            fields.add(each.next());
        }
        return fields;
    }
}
