package org.jointacceptance.apitesting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules that keep a service's house in order, checked on its compiled classes: no two packages depend on each
 * other, even through a third; no service reaches into another's packages; no REST resource hands out or takes in a
 * stored entity, so that changing a table never silently changes an API.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("org.jointacceptance.acceptance",
            "org.jointacceptance.department", "org.jointacceptance.notification");

    private ArchitectureRules() {
    }

    /** Checks every rule on the service whose classes lie under {@code servicePackage}; fails listing what breaks one. */
    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);

        slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                .because("a package that depends on another must not be depended on by it, even through a third")
                .check(classes);

        String[] others = SERVICES.stream().filter(service -> !service.equals(servicePackage))
                .map(service -> service + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services speak to each other only through events and their public APIs")
                .check(classes);

        methods().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ws.rs.Path").and().arePublic()
                .should(neitherTakeNorReturnAnEntity())
                .because("an API's shape is its own, not a table's")
                .check(classes);
    }

    private static ArchCondition<JavaMethod> neitherTakeNorReturnAnEntity() {
        return new ArchCondition<>("neither take nor return a stored entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(method.getReturnType().getAllInvolvedRawTypes().stream(),
                        method.getParameterTypes().stream().flatMap(type -> type.getAllInvolvedRawTypes().stream()))
                        .filter(ArchitectureRules::isEntity).distinct()
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " exposes the entity " + entity.getName())));
            }
        };
    }

    private static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith("jakarta.persistence.Entity");
    }
}
