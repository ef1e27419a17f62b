package org.jointacceptance.notification.inbox;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.RoutingChanged;

/**
 * Which departments inspect each application, learnt from the events in the transaction that consumes each: a
 * department asked to inspect a section is remembered, one withdrawn from it is forgotten. The end of an application
 * names no department, and is told to those remembered here.
 */
@ApplicationScoped
public class ApplicationDepartments {

    private final EntityManager entityManager;

    public ApplicationDepartments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void inspectionRequested(InspectionRequested event) {
        entityManager.createNativeQuery("""
                insert into application_department (application_id, section_id, department)
                values (:application, :section, :department) on conflict do nothing""")
                .setParameter("application", event.applicationId()).setParameter("section", event.sectionId())
                .setParameter("department", event.department()).executeUpdate();
    }

    /** A withdrawn department is forgotten for the section; an added one is remembered by its InspectionRequested. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void routingChanged(RoutingChanged event) {
        if (event.change() == RoutingChanged.Change.WITHDRAWN) {
            entityManager.createNativeQuery("""
                    delete from application_department
                    where application_id = :application and section_id = :section and department = :department""")
                    .setParameter("application", event.applicationId()).setParameter("section", event.sectionId())
                    .setParameter("department", event.department()).executeUpdate();
        }
    }

    /** The codes of the departments inspecting the application, in order; empty when none is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<String> of(UUID applicationId) {
        return entityManager.createNativeQuery("""
                select distinct department from application_department where application_id = :application
                order by department""", String.class).setParameter("application", applicationId).getResultList();
    }
}
