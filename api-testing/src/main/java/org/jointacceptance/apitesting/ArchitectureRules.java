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
 * stored entity, so that changing a table never silently changes an API; no resource method that runs on the event
 * loop takes a body, which it would not see once read ahead (SmallJsonBodies, in http-problems).
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

        methods().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ws.rs.Path").and().arePublic()
                .should(takeNoBodyOnTheEventLoop())
                .because("a small JSON body is read ahead on the event loop, where Quarkus REST hands only a worker "
                        + "thread the body so read")
                .check(classes);
    }

    private static ArchCondition<JavaMethod> takeNoBodyOnTheEventLoop() {
        return new ArchCondition<>("take no body when run on the event loop") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean reactive = Stream.of("io.smallrye.mutiny.Uni", "io.smallrye.mutiny.Multi",
                        "java.util.concurrent.CompletionStage").anyMatch(method.getRawReturnType()::isAssignableTo);
                boolean onEventLoop = !method.isAnnotatedWith("io.smallrye.common.annotation.Blocking")
                        && (reactive || method.isAnnotatedWith("io.smallrye.common.annotation.NonBlocking"));
                boolean takesBody = method.getParameters().stream().anyMatch(parameter -> parameter.getAnnotations()
                        .stream().noneMatch(annotation -> annotation.getRawType().getPackageName()
                                .matches("jakarta\\.ws\\.rs.*|org\\.jboss\\.resteasy\\.reactive.*")));
                if (onEventLoop && takesBody) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " runs on the event loop and takes a body"));
                }
            }
        };
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
