package org.jointacceptance.department.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jointacceptance.calendar.WorkingCalendar;

/** The official working-day calendar of mainland China, as one bean for every rule about working days. */
@ApplicationScoped
public class OfficialCalendar {

    @Produces
    @Singleton
    WorkingCalendar calendar() {
        return WorkingCalendar.official();
    }
}
