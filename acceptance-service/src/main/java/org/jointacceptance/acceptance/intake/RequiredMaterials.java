package org.jointacceptance.acceptance.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The materials each department needs to see at intake, as data: the project's file
 * {@code intake/required-materials.json}, or a city's own file named by {@code acceptance.intake.required-materials}.
 */
@ApplicationScoped
public class RequiredMaterials {

    private static final String SHIPPED = "/intake/required-materials.json";

    /** One kind of material: required when one of its departments inspects; a key material is never tolerated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Requirement(String type, String name, String nameZh, boolean key, List<String> departments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Catalogue(List<Requirement> materials) {
    }

    private final List<Requirement> requirements;

    public RequiredMaterials(ObjectMapper json,
            @ConfigProperty(name = "acceptance.intake.required-materials") Optional<Path> file) {
        this.requirements = List.copyOf(read(json, file).materials());
        Set<String> types = new HashSet<>();
        for (Requirement requirement : requirements) {
            if (!requirement.type().matches("^[a-z0-9][a-z0-9-]*$") || !types.add(requirement.type())
                    || requirement.departments() == null || requirement.departments().isEmpty()) {
                throw new IllegalStateException("Required materials: '" + requirement.type()
                        + "' must be a unique lower-case hyphenated type with at least one department");
            }
        }
    }

    /** What the window asks of a project inspected by these departments, in the catalogue's order. */
    public List<Requirement> requiredBy(Collection<String> departments) {
        return requirements.stream()
                .filter(requirement -> requirement.departments().stream().anyMatch(departments::contains))
                .toList();
    }

    private static Catalogue read(ObjectMapper json, Optional<Path> file) {
        try (InputStream in = file.isPresent() ? Files.newInputStream(file.get())
                : RequiredMaterials.class.getResourceAsStream(SHIPPED)) {
            return json.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the required materials from "
                    + file.map(Path::toString).orElse(SHIPPED), e);
        }
    }
}
