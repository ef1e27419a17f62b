package org.jointacceptance.department.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jointacceptance.department.serving.DepartmentConfig;
import org.jointacceptance.messaging.acceptance.InspectionMode;

/**
 * Finds the checklist template for an inspection: the city's own file in the configured directory first, then the
 * bundled one, then the generic template for a department that has none of its own (a city may add departments).
 */
@ApplicationScoped
public class ChecklistTemplates {

    static final String BUNDLED = "checklists/";
    static final String GENERIC = "generic";
    static final String GENERIC_FILING = "filing";

    private final ObjectMapper mapper;
    private final Optional<Path> directory;
    private final Map<String, Optional<ChecklistTemplate>> loaded = new ConcurrentHashMap<>();

    @Inject
    public ChecklistTemplates(ObjectMapper mapper, DepartmentConfig department) {
        this(mapper, department.checklists().directory());
    }

    ChecklistTemplates(ObjectMapper mapper, Optional<Path> directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    /** The full inspection checklist of a department. */
    public ChecklistTemplate acceptance(String department) {
        return find(department).or(() -> find(GENERIC))
                .orElseThrow(() -> new IllegalStateException("No checklist template " + GENERIC));
    }

    /** The filing completeness checklist of a department. */
    public ChecklistTemplate filing(String department) {
        return find(department + "-" + GENERIC_FILING).or(() -> find(GENERIC_FILING))
                .orElseThrow(() -> new IllegalStateException("No checklist template " + GENERIC_FILING));
    }

    public ChecklistTemplate forMode(String department, InspectionMode mode) {
        return mode == InspectionMode.FILING ? filing(department) : acceptance(department);
    }

    /** The template of that name, or none; a file that exists but is malformed is an error, never skipped. */
    public Optional<ChecklistTemplate> find(String template) {
        return loaded.computeIfAbsent(template, this::load);
    }

    private Optional<ChecklistTemplate> load(String template) {
        if (!template.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        String file = template + ".json";
        try {
            if (directory.isPresent() && Files.isRegularFile(directory.get().resolve(file))) {
                Path path = directory.get().resolve(file);
                try (InputStream in = Files.newInputStream(path)) {
                    return Optional.of(read(in, path.toString()));
                }
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED + file)) {
                return in == null ? Optional.empty() : Optional.of(read(in, BUNDLED + file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read checklist template " + file, e);
        }
    }

    private ChecklistTemplate read(InputStream in, String source) throws IOException {
        return mapper.readValue(in, ChecklistTemplate.class).validated(source);
    }
}
