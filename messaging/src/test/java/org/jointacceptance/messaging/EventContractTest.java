package org.jointacceptance.messaging;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.OwedMaterialSupplied;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The event contract between the services: what a producer writes matches the published JSON Schema of its event,
 * and a consumer reads every event that matches it. Plain JUnit, with an ObjectMapper set up like Quarkus' default.
 */
class EventContractTest {

    private static final List<Class<? extends Record>> EVENT_TYPES = EventCatalogue.EVENT_TYPES;

    private static final String SCHEMA_FOLDER = "/org/jointacceptance/messaging/schema/";
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");

    /** Quarkus' default: Java time and parameter names registered, ISO dates, unknown properties ignored. */
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static final EventCodec CODEC = new EventCodec(MAPPER);

    /** Draft 2020-12 only annotates {@code format}; the contract asserts it (uuid, date). */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));

    private static final Map<Class<?>, String> JSON_TYPES = Map.of(String.class, "string", UUID.class, "string",
            LocalDate.class, "string", int.class, "integer", boolean.class, "boolean", Boolean.class, "boolean");
    private static final Map<Class<?>, String> JSON_FORMATS = Map.of(UUID.class, "uuid", LocalDate.class, "date");

    static Stream<Class<? extends Record>> eventTypes() {
        return EVENT_TYPES.stream();
    }

    static Stream<Arguments> fullyPopulatedEvents() {
        return RealisticEvents.fullyPopulated().stream().map(event -> Arguments.of(EventCodec.typeOf(event), event));
    }

    static Stream<Arguments> eventsWithOnlyTheRequiredFields() {
        return RealisticEvents.withOnlyTheRequiredFields().stream()
                .map(event -> Arguments.of(EventCodec.typeOf(event), event));
    }

    @Test
    void the_object_mapper_is_set_up_like_the_quarkus_default() throws JsonProcessingException {
        assertThat(MAPPER.getRegisteredModuleIds())
                .contains(new JavaTimeModule().getTypeId(), new ParameterNamesModule().getTypeId());
        assertThat(MAPPER.writeValueAsString(LocalDate.of(2025, 6, 17))).isEqualTo("\"2025-06-17\"");
    }

    // -- producers -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullyPopulatedEvents")
    void every_producer_payload_matches_its_schema(String type, Record event) {
        String payload = CODEC.encode(event);

        assertThat(violations(type, payload)).as("%s as produced: %s", type, payload).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsWithOnlyTheRequiredFields")
    void a_producer_payload_with_nulls_for_what_it_does_not_know_matches_its_schema(String type, Record event) {
        String payload = CODEC.encode(event);

        assertThat(violations(type, payload)).as("%s as produced: %s", type, payload).isEmpty();
    }

    // -- consumers -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_schema_example_is_valid_and_its_consumer_reads_every_field(Class<? extends Record> type) {
        JsonNode examples = schemaNode(type).path("examples");
        assertThat(examples.isArray() && !examples.isEmpty()).as("%s has examples", typeOf(type)).isTrue();

        for (JsonNode example : examples) {
            assertThat(violations(typeOf(type), example.toString())).as("the example is valid").isEmpty();

            Record event = decode(type, example.toString());

            JsonNode readBack = MAPPER.valueToTree(event);
            assertThat(readBack).as("every field of the example came through").isEqualTo(example);
            assertKeyFieldsCameThrough(event, example);
        }
    }

    @Test
    void a_field_the_contract_does_not_know_yet_is_allowed_and_ignored() {
        ObjectNode result = example(InspectionResultSubmitted.class);
        Record asPublished = decode(InspectionResultSubmitted.class, result.toString());
        result.put("signedBy", "Dalian Fire and Rescue Detachment");

        assertThat(violations("InspectionResultSubmitted", result.toString())).isEmpty();
        assertThat(decode(InspectionResultSubmitted.class, result.toString())).isEqualTo(asPublished);
    }

    // -- the checks can fail ---------------------------------------------------------------------------------------

    @Test
    void a_result_without_its_department_is_refused_by_the_schema_and_by_the_consumer() {
        ObjectNode result = example(InspectionResultSubmitted.class);
        result.remove("department");

        assertThat(violations("InspectionResultSubmitted", result.toString()))
                .anySatisfy(violation -> assertThat(violation).startsWith("required").contains("department"));
        assertThatThrownBy(() -> decode(InspectionResultSubmitted.class, result.toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("department");
    }

    @Test
    void a_result_the_contract_does_not_list_is_refused_by_the_schema_and_by_the_consumer() {
        ObjectNode result = example(InspectionResultSubmitted.class);
        result.put("result", "POSTPONED");

        assertThat(violations("InspectionResultSubmitted", result.toString()))
                .anySatisfy(violation -> assertThat(violation).startsWith("enum"));
        assertThatThrownBy(() -> decode(InspectionResultSubmitted.class, result.toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("POSTPONED");
    }

    @Test
    void an_inspection_request_for_round_zero_is_refused_by_the_schema_and_by_the_consumer() {
        ObjectNode request = example(InspectionRequested.class);
        request.put("round", 0);

        assertThat(violations("InspectionRequested", request.toString()))
                .anySatisfy(violation -> assertThat(violation).startsWith("minimum"));
        assertThatThrownBy(() -> decode(InspectionRequested.class, request.toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("round");
    }

    @Test
    void a_date_or_an_id_not_in_iso_form_is_refused_by_the_schema_and_by_the_consumer() {
        ObjectNode result = example(InspectionResultSubmitted.class);
        result.put("inspectedOn", "10.06.2025");
        ObjectNode request = example(InspectionRequested.class);
        request.put("sectionId", "section-1");

        assertThat(violations("InspectionResultSubmitted", result.toString()))
                .anySatisfy(violation -> assertThat(violation).startsWith("format"));
        assertThat(violations("InspectionRequested", request.toString()))
                .anySatisfy(violation -> assertThat(violation).startsWith("format"));
        assertThatThrownBy(() -> decode(InspectionResultSubmitted.class, result.toString()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> decode(InspectionRequested.class, request.toString()))
                .isInstanceOf(MalformedEventException.class);
    }

    // -- the schemas mirror the records ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void the_schema_requires_exactly_what_the_record_cannot_do_without(Class<? extends Record> type) {
        JsonNode schema = schemaNode(type);
        ObjectNode example = example(type);
        List<Field> fields = new ArrayList<>();
        collectFields(schema, schema, example, JsonPointer.empty(), fields);
        List<String> mismatches = new ArrayList<>();

        for (Field field : fields) {
            if (field.primitive()) {
                if (!field.required()) {
                    mismatches.add(field + " must be required: Jackson reads a missing number or boolean as 0 or false");
                }
                continue;
            }
            ObjectNode without = example.deepCopy();
            ((ObjectNode) without.at(field.parent())).remove(field.name());
            boolean refused = refuses(type, without.toString());
            if (refused != field.required()) {
                mismatches.add(field + (refused ? " is optional in the schema, but the record refuses to go without it"
                        : " is required by the schema, but the record reads an event without it"));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_schema_describes_exactly_the_fields_of_its_record(Class<? extends Record> type) {
        JsonNode schema = schemaNode(type);
        List<String> drift = new ArrayList<>();

        describeRecord(schema, schema, type, typeOf(type), drift);

        assertThat(drift).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_schema_is_a_valid_draft_2020_12_schema_named_after_the_ce_type_of_its_event(
            Class<? extends Record> type) {
        JsonNode schema = schemaNode(type);

        assertThat(SCHEMAS.getSchema(SchemaLocation.of(DRAFT_2020_12)).validate(schemaText(type), InputFormat.JSON))
                .isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("title").asText()).isEqualTo(typeOf(type));
        assertThat(schema.path("$id").asText()).endsWith("/" + typeOf(type) + SCHEMA_SUFFIX);
        assertThat(schema.path("description").asText()).isNotBlank();
    }

    @Test
    void shared_shapes_are_described_alike_in_every_schema() {
        JsonNode intakeApplicant = schemaNode(IntakeDecided.class).at("/$defs/Applicant");
        JsonNode decisionApplicant = schemaNode(SectionDecided.class).at("/$defs/Applicant");
        JsonNode finding = schemaNode(InspectionResultSubmitted.class).at("/$defs/Finding/properties");
        JsonNode departmentFinding = schemaNode(SectionDecided.class).at("/$defs/DepartmentFinding/properties");
        // what stays with the department that found it: the rectification notice does not carry these (yet)
        Set<String> departmentDetails = Set.of("severity", "evidence");

        assertThat(intakeApplicant.isMissingNode()).isFalse();
        assertThat(decisionApplicant).isEqualTo(intakeApplicant);
        EVENT_TYPES.stream().map(EventContractTest::schemaNode).map(schema -> schema.at("/$defs/Applicant"))
                .filter(applicant -> !applicant.isMissingNode())
                .forEach(applicant -> assertThat(applicant).isEqualTo(intakeApplicant));
        finding.properties().forEach(property -> assertThat(departmentDetails.contains(property.getKey())
                ? property.getValue() : departmentFinding.get(property.getKey()))
                .as("DepartmentFinding.%s is described like Finding.%s", property.getKey(), property.getKey())
                .isEqualTo(property.getValue()));
    }

    // -- nothing is left out ---------------------------------------------------------------------------------------

    @Test
    void every_event_type_has_exactly_one_schema_and_no_schema_is_a_stray() throws IOException {
        try (Stream<Path> files = Files.list(classpathFolder(SCHEMA_FOLDER))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(EVENT_TYPES.stream()
                            .map(type -> typeOf(type) + SCHEMA_SUFFIX)
                            .toList());
        }
    }

    @Test
    void the_realistic_events_tell_every_event_type_with_every_field_and_with_only_the_required_ones() {
        List<String> types = EVENT_TYPES.stream().map(EventContractTest::typeOf).toList();

        assertThat(RealisticEvents.fullyPopulated().stream().map(EventCodec::typeOf))
                .containsExactlyInAnyOrderElementsOf(types);
        assertThat(RealisticEvents.withOnlyTheRequiredFields().stream().map(EventCodec::typeOf))
                .containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void every_record_in_a_producer_s_event_package_is_an_event_or_part_of_one() throws IOException {
        Set<Class<?>> parts = new HashSet<>();
        EVENT_TYPES.forEach(type -> collectParts(type, parts));
        Set<String> accounted = new TreeSet<>();
        EVENT_TYPES.forEach(type -> accounted.add(type.getName()));
        parts.forEach(part -> accounted.add(part.getName()));

        Set<String> records = new TreeSet<>();
        for (String eventPackage : List.of(IntakeDecided.class.getPackageName(),
                InspectionResultSubmitted.class.getPackageName())) {
            try (Stream<Path> files = Files.list(classpathFolder("/" + eventPackage.replace('.', '/') + "/"))) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> loadClass(eventPackage + "." + name.substring(0,
                                name.length() - ".class".length())))
                        .filter(Class::isRecord)
                        .forEach(record -> records.add(record.getName()));
            }
        }

        assertThat(accounted).containsAll(records);
    }

    @Test
    void each_event_lies_in_the_package_of_the_service_that_publishes_it() {
        assertThat(EVENT_TYPES.stream().filter(type -> type.getPackageName().endsWith(".department"))
                .map(Class::getSimpleName)).containsExactlyInAnyOrder("InspectionResultSubmitted",
                        "SiteVisitScheduled", "SpecialProcedureOpened", "SpecialProcedureClosed", "QuestionAnswered",
                        "JointVisitAnswered");
        assertThat(EVENT_TYPES).allMatch(type -> type.getPackageName().endsWith(".acceptance")
                || type.getPackageName().endsWith(".department"));
    }

    @Test
    void the_event_catalogue_describes_every_topic_and_every_event_type_with_its_schema() throws IOException {
        String catalogue = Files.readString(CATALOGUE);

        assertThat(catalogue).contains(Topics.ACCEPTANCE_EVENTS, Topics.DEPARTMENT_EVENTS, "notification.events",
                Topics.ACCEPTANCE_EVENTS + ".dead-letter", Topics.DEPARTMENT_EVENTS + ".dead-letter");
        for (Class<? extends Record> type : EVENT_TYPES) {
            assertThat(catalogue)
                    .as("docs/events.md has a section on %s linking its schema", typeOf(type))
                    .contains("## " + typeOf(type))
                    .contains("../messaging/src/main/resources" + SCHEMA_FOLDER + typeOf(type) + SCHEMA_SUFFIX);
        }
    }

    // -- helpers ---------------------------------------------------------------------------------------------------

    /** A property in an example, where it sits, and what the schema says of it. */
    private record Field(JsonPointer parent, String name, boolean required, boolean primitive) {

        @Override
        public String toString() {
            return parent + "/" + name;
        }
    }

    private static void collectFields(JsonNode root, JsonNode schema, JsonNode instance, JsonPointer at,
            List<Field> fields) {
        JsonNode resolved = resolve(root, schema);
        if (instance.isObject()) {
            Set<String> required = texts(resolved.path("required"));
            resolved.path("properties").properties().forEach(property -> {
                String name = property.getKey();
                if (!instance.has(name)) {
                    return;
                }
                JsonNode type = resolve(root, property.getValue()).path("type");
                boolean primitive = type.isTextual() && Set.of("integer", "boolean").contains(type.asText());
                fields.add(new Field(at, name, required.contains(name), primitive));
                collectFields(root, property.getValue(), instance.get(name), at.appendProperty(name), fields);
            });
        } else if (instance.isArray() && !instance.isEmpty()) {
            collectFields(root, resolved.path("items"), instance.get(0), at.appendIndex(0), fields);
        }
    }

    private static void describeRecord(JsonNode root, JsonNode schema, Class<?> recordType, String path,
            List<String> drift) {
        JsonNode properties = schema.path("properties");
        Set<String> components = Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName)
                .collect(toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>();
        properties.properties().forEach(property -> described.add(property.getKey()));
        if (!components.equals(described)) {
            drift.add(path + ": the record has " + components + ", the schema describes " + described);
        }
        expectType(schema, "object", path, drift);
        for (RecordComponent component : recordType.getRecordComponents()) {
            JsonNode property = properties.get(component.getName());
            if (property != null) {
                describeValue(root, resolve(root, property), component.getType(), component.getGenericType(),
                        path + "." + component.getName(), drift);
            }
        }
    }

    private static void describeValue(JsonNode root, JsonNode property, Class<?> javaType, Type genericType,
            String path, List<String> drift) {
        if (javaType.isEnum()) {
            List<String> constants = Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> listed = new ArrayList<>();
            property.path("enum").forEach(value -> {
                if (!value.isNull()) { // a field that may be missing lists null among its values
                    listed.add(value.asText());
                }
            });
            if (!constants.equals(listed)) {
                drift.add(path + ": " + javaType.getSimpleName() + " has " + constants + ", the schema lists " + listed);
            }
            expectType(property, "string", path, drift);
        } else if (javaType.isRecord()) {
            describeRecord(root, property, javaType, path, drift);
        } else if (List.class.isAssignableFrom(javaType)) {
            expectType(property, "array", path, drift);
            Class<?> element = (Class<?>) ((ParameterizedType) genericType).getActualTypeArguments()[0];
            describeValue(root, resolve(root, property.path("items")), element, element, path + "[]", drift);
        } else if (JSON_TYPES.containsKey(javaType)) {
            expectType(property, JSON_TYPES.get(javaType), path, drift);
            if (javaType.isPrimitive() && texts(property.path("type")).contains("null")) {
                drift.add(path + ": a Java " + javaType + " is never null, the schema must not allow null");
            }
            String format = JSON_FORMATS.get(javaType);
            if (format != null && !format.equals(property.path("format").asText())) {
                drift.add(path + ": a " + javaType.getSimpleName() + " has the format " + format);
            }
        } else {
            drift.add(path + ": no JSON mapping known for " + javaType.getName());
        }
    }

    private static void expectType(JsonNode schema, String type, String path, List<String> drift) {
        if (!texts(schema.path("type")).contains(type)) {
            drift.add(path + " should be of type " + type + ", the schema says " + schema.path("type"));
        }
    }

    private static void collectParts(Class<?> recordType, Set<Class<?>> parts) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            Class<?> part = component.getType();
            if (List.class.isAssignableFrom(part)) {
                part = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            }
            if ((part.isRecord() || part.isEnum()) && parts.add(part) && part.isRecord()) {
                collectParts(part, parts);
            }
        }
    }

    private static void assertKeyFieldsCameThrough(Record event, JsonNode example) {
        UUID applicationId = example.has("applicationId") ? UUID.fromString(example.path("applicationId").asText())
                : null;
        if (event instanceof IntakeDecided intake) {
            assertThat(intake.applicationId()).isEqualTo(applicationId);
            assertThat(intake.outcome().name()).isEqualTo(example.path("outcome").asText());
            assertThat(intake.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(intake.dueDate()).isEqualTo(date(example.path("dueDate")));
        } else if (event instanceof InspectionRequested request) {
            assertThat(request.applicationId()).isEqualTo(applicationId);
            assertThat(request.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(request.department()).isEqualTo(example.path("department").asText());
            assertThat(request.round()).isEqualTo(example.path("round").asInt());
            assertThat(request.mode().name()).isEqualTo(example.path("mode").asText());
            assertThat(request.dueDate()).isEqualTo(date(example.path("dueDate")));
        } else if (event instanceof InspectionResultSubmitted result) {
            assertThat(result.applicationId()).isEqualTo(applicationId);
            assertThat(result.inspectionId()).hasToString(example.path("inspectionId").asText());
            assertThat(result.department()).isEqualTo(example.path("department").asText());
            assertThat(result.round()).isEqualTo(example.path("round").asInt());
            assertThat(result.result().name()).isEqualTo(example.path("result").asText());
            assertThat(result.findings()).hasSize(example.path("findings").size());
        } else if (event instanceof SectionDecided decided) {
            assertThat(decided.applicationId()).isEqualTo(applicationId);
            assertThat(decided.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(decided.round()).isEqualTo(example.path("round").asInt());
            assertThat(decided.decision().name()).isEqualTo(example.path("decision").asText());
            assertThat(decided.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(decided.findings()).hasSize(example.path("findings").size());
            assertThat(decided.signedBy()).isEqualTo(example.path("signedBy").isNull()
                    || example.path("signedBy").isMissingNode() ? null : example.path("signedBy").asText());
        } else if (event instanceof RectificationSubmitted rectification) {
            assertThat(rectification.applicationId()).isEqualTo(applicationId);
            assertThat(rectification.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(rectification.round()).isEqualTo(example.path("round").asInt());
            assertThat(rectification.departments()).hasSize(example.path("departments").size());
        } else if (event instanceof OpinionIssued opinion) {
            assertThat(opinion.applicationId()).isEqualTo(applicationId);
            assertThat(opinion.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(opinion.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(opinion.number()).isEqualTo(example.path("number").asText());
            assertThat(opinion.digest()).isEqualTo(example.path("digest").asText());
            assertThat(opinion.issuedOn()).isEqualTo(date(example.path("issuedOn")));
        } else if (event instanceof CompletionFilingIssued filing) {
            assertThat(filing.applicationId()).isEqualTo(applicationId);
            assertThat(filing.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(filing.number()).isEqualTo(example.path("number").asText());
            assertThat(filing.issuedOn()).isEqualTo(date(example.path("issuedOn")));
            assertThat(filing.opinionNumbers()).hasSize(example.path("opinionNumbers").size());
        } else if (event instanceof RoutingChanged routing) {
            assertThat(routing.applicationId()).isEqualTo(applicationId);
            assertThat(routing.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(routing.department()).isEqualTo(example.path("department").asText());
            assertThat(routing.round()).isEqualTo(example.path("round").asInt());
            assertThat(routing.change().name()).isEqualTo(example.path("change").asText());
            assertThat(routing.reason()).isEqualTo(example.path("reason").asText());
        } else if (event instanceof ResultCorrected corrected) {
            assertThat(corrected.applicationId()).isEqualTo(applicationId);
            assertThat(corrected.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(corrected.department()).isEqualTo(example.path("department").asText());
            assertThat(corrected.round()).isEqualTo(example.path("round").asInt());
            assertThat(corrected.result().name()).isEqualTo(example.path("result").asText());
            assertThat(corrected.applied()).isEqualTo(example.path("applied").asBoolean());
            assertThat(corrected.decision().name()).isEqualTo(example.path("decision").asText());
        } else if (event instanceof ResultQuestioned questioned) {
            assertThat(questioned.applicationId()).isEqualTo(applicationId);
            assertThat(questioned.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(questioned.department()).isEqualTo(example.path("department").asText());
            assertThat(questioned.round()).isEqualTo(example.path("round").asInt());
            assertThat(questioned.inspectionId()).hasToString(example.path("inspectionId").asText());
            assertThat(questioned.question()).isEqualTo(example.path("question").asText());
        } else if (event instanceof QuestionAnswered answered) {
            assertThat(answered.applicationId()).isEqualTo(applicationId);
            assertThat(answered.inspectionId()).hasToString(example.path("inspectionId").asText());
            assertThat(answered.department()).isEqualTo(example.path("department").asText());
            assertThat(answered.round()).isEqualTo(example.path("round").asInt());
            assertThat(answered.answer()).isEqualTo(example.path("answer").asText());
        } else if (event instanceof JointVisitProposed proposed) {
            assertThat(proposed.applicationId()).isEqualTo(applicationId);
            assertThat(proposed.visitId()).hasToString(example.path("visitId").asText());
            assertThat(proposed.date()).hasToString(example.path("date").asText());
            assertThat(proposed.time()).isEqualTo(example.path("time").asText());
            assertThat(proposed.meetingPoint()).isEqualTo(example.path("meetingPoint").asText());
            assertThat(proposed.departments()).hasSize(example.path("departments").size());
        } else if (event instanceof JointVisitAnswered answered) {
            assertThat(answered.applicationId()).isEqualTo(applicationId);
            assertThat(answered.visitId()).hasToString(example.path("visitId").asText());
            assertThat(answered.department()).isEqualTo(example.path("department").asText());
            assertThat(answered.confirmed()).isEqualTo(example.path("confirmed").asBoolean());
            assertThat(answered.reason()).isEqualTo(example.path("reason").asText(null));
        } else if (event instanceof JointVisitFixed fixed) {
            assertThat(fixed.applicationId()).isEqualTo(applicationId);
            assertThat(fixed.visitId()).hasToString(example.path("visitId").asText());
            assertThat(fixed.date()).hasToString(example.path("date").asText());
            assertThat(fixed.meetingPoint()).isEqualTo(example.path("meetingPoint").asText());
            assertThat(fixed.applicant().name()).isEqualTo(example.path("applicant").path("name").asText());
            assertThat(fixed.departments()).hasSize(example.path("departments").size());
        } else if (event instanceof KeyProjectMarked marked) {
            assertThat(marked.applicationId()).isEqualTo(applicationId);
            assertThat(marked.reason()).isEqualTo(example.path("reason").asText());
            assertThat(marked.stageWorkingDays()).isEqualTo(example.path("stageWorkingDays").asInt());
            assertThat(marked.stageDueDate()).isEqualTo(date(example.path("stageDueDate")));
            assertThat(marked.inspections().get(0).department()).isEqualTo(example.at("/inspections/0/department")
                    .asText());
            assertThat(marked.inspections().get(0).dueDate()).isEqualTo(date(example.at("/inspections/0/dueDate")));
        } else if (event instanceof ApplicationTerminated terminated) {
            assertThat(terminated.applicationId()).isEqualTo(applicationId);
            assertThat(terminated.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(terminated.reason()).isEqualTo(example.path("reason").asText());
        } else if (event instanceof OwedMaterialDue due) {
            assertThat(due.applicationId()).isEqualTo(applicationId);
            assertThat(due.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(due.materialType()).isEqualTo(example.path("materialType").asText());
            assertThat(due.materialName()).isEqualTo(example.path("materialName").asText());
            assertThat(due.promisedBy()).isEqualTo(date(example.path("promisedBy")));
        } else if (event instanceof OwedMaterialOverdue overdue) {
            assertThat(overdue.applicationId()).isEqualTo(applicationId);
            assertThat(overdue.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(overdue.materialType()).isEqualTo(example.path("materialType").asText());
            assertThat(overdue.materialName()).isEqualTo(example.path("materialName").asText());
            assertThat(overdue.promisedBy()).isEqualTo(date(example.path("promisedBy")));
        } else if (event instanceof OwedMaterialSupplied supplied) {
            assertThat(supplied.applicationId()).isEqualTo(applicationId);
            assertThat(supplied.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(supplied.materialType()).isEqualTo(example.path("materialType").asText());
            assertThat(supplied.promisedBy()).isEqualTo(date(example.path("promisedBy")));
            assertThat(supplied.suppliedOn()).isEqualTo(date(example.path("suppliedOn")));
            assertThat(supplied.late()).isTrue();
        } else if (event instanceof DueDateChanged moved) {
            assertThat(moved.applicationId()).isEqualTo(applicationId);
            assertThat(moved.applicant().creditCode()).isEqualTo(example.at("/applicant/creditCode").asText());
            assertThat(moved.previousDueDate()).isEqualTo(date(example.path("previousDueDate")));
            assertThat(moved.dueDate()).isEqualTo(date(example.path("dueDate")));
            assertThat(moved.pausedWorkingDays()).isEqualTo(example.path("pausedWorkingDays").asInt());
            assertThat(moved.reason()).isEqualTo(example.path("reason").asText());
        } else if (event instanceof StageClockChanged clock) {
            assertThat(clock.applicationId()).isEqualTo(applicationId);
            assertThat(clock.state().name()).isEqualTo(example.path("state").asText());
            assertThat(clock.dueDate()).isEqualTo(date(example.path("dueDate")));
            assertThat(clock.dueDateProvisional()).isEqualTo(example.path("dueDateProvisional").asBoolean());
            assertThat(clock.reason()).isEqualTo(example.path("reason").asText());
        } else if (event instanceof RectificationDeadlineChanged moved) {
            assertThat(moved.applicationId()).isEqualTo(applicationId);
            assertThat(moved.sectionId()).hasToString(example.path("sectionId").asText());
            assertThat(moved.previousRectifyBy()).isEqualTo(date(example.path("previousRectifyBy")));
            assertThat(moved.rectifyBy()).isEqualTo(date(example.path("rectifyBy")));
            assertThat(moved.rectifyByProvisional()).isEqualTo(example.path("rectifyByProvisional").asBoolean());
        } else if (event instanceof DeadlineWarning warning) {
            assertThat(warning.applicationId()).isEqualTo(applicationId);
            assertThat(warning.sectionId() == null ? null : warning.sectionId().toString())
                    .isEqualTo(example.path("sectionId").textValue());
            assertThat(warning.department()).isEqualTo(example.path("department").textValue());
            assertThat(warning.round()).isEqualTo(example.path("round").asInt());
            assertThat(warning.level().name()).isEqualTo(example.path("level").asText());
            assertThat(warning.dueDate()).isEqualTo(date(example.path("dueDate")));
            assertThat(warning.workingDaysLeft()).isEqualTo(example.path("workingDaysLeft").asInt());
        } else if (event instanceof CalendarYearLoaded loaded) {
            assertThat(loaded.year()).isEqualTo(example.path("year").asInt());
            assertThat(loaded.version()).isEqualTo(example.path("version").asText());
            assertThat(loaded.holidays()).hasSize(example.path("holidays").size());
            assertThat(loaded.holidays().get(0).from()).isEqualTo(date(example.at("/holidays/0/from")));
            assertThat(loaded.holidays().get(0).to()).isEqualTo(date(example.at("/holidays/0/to")));
            assertThat(loaded.makeUpWorkdays()).hasSize(example.path("makeUpWorkdays").size())
                    .first().isEqualTo(date(example.at("/makeUpWorkdays/0")));
        } else if (event instanceof SiteVisitScheduled visit) {
            assertThat(visit.applicationId()).isEqualTo(applicationId);
            assertThat(visit.inspectionId()).hasToString(example.path("inspectionId").asText());
            assertThat(visit.date()).isEqualTo(date(example.path("date")));
            assertThat(visit.time()).isEqualTo(example.path("time").asText());
        } else if (event instanceof SpecialProcedureOpened opened) {
            assertThat(opened.applicationId()).isEqualTo(applicationId);
            assertThat(opened.procedureId()).hasToString(example.path("procedureId").asText());
            assertThat(opened.kind().name()).isEqualTo(example.path("kind").asText());
            assertThat(opened.expectedWorkingDays()).isEqualTo(example.path("expectedWorkingDays").asInt());
        } else if (event instanceof SpecialProcedureClosed closed) {
            assertThat(closed.applicationId()).isEqualTo(applicationId);
            assertThat(closed.procedureId()).hasToString(example.path("procedureId").asText());
            assertThat(closed.pausedWorkingDays()).isEqualTo(example.path("pausedWorkingDays").asInt());
            assertThat(closed.dueDate()).isEqualTo(date(example.path("dueDate")));
        } else {
            throw new AssertionError("no key fields known for " + event.getClass());
        }
    }

    /** What the validator finds wrong, each as {@code keyword: message}. */
    private static List<String> violations(String type, String payload) {
        return SCHEMAS.getSchema(schemaText(type), InputFormat.JSON).validate(payload, InputFormat.JSON).stream()
                .map(error -> error.getKeyword() + ": " + error.getMessage())
                .toList();
    }

    private static <T extends Record> T decode(Class<T> type, String payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), typeOf(type), "/contract-test",
                "application/" + RealisticEvents.APPLICATION, OffsetDateTime.now(), payload);
        return CODEC.decode(envelope, type);
    }

    private static boolean refuses(Class<? extends Record> type, String payload) {
        try {
            decode(type, payload);
            return false;
        } catch (MalformedEventException e) {
            return true;
        }
    }

    private static ObjectNode example(Class<? extends Record> type) {
        return (ObjectNode) schemaNode(type).path("examples").get(0).deepCopy();
    }

    private static JsonNode schemaNode(Class<? extends Record> type) {
        try {
            return MAPPER.readTree(schemaText(typeOf(type)));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the schema of " + typeOf(type) + " is not JSON", e);
        }
    }

    private static String schemaText(Class<? extends Record> type) {
        return schemaText(typeOf(type));
    }

    private static String schemaText(String type) {
        String resource = SCHEMA_FOLDER + type + SCHEMA_SUFFIX;
        try (InputStream in = EventContractTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no schema at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> texts = new TreeSet<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }

    private static String typeOf(Class<?> type) {
        return EventCodec.typeOf(type);
    }

    private static Path classpathFolder(String folder) {
        try {
            return Path.of(EventContractTest.class.getResource(folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
