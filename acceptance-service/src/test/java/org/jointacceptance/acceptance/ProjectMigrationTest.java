package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jointacceptance.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The move to registered projects keeps every application, section, opinion and filing: each project code submitted
 * becomes a project owned by the firm of its earliest application, with the attributes of its latest; each section
 * name a declared section; a filing that covered every section becomes the project's overall filing, one that did not
 * stays its application's.
 */
class ProjectMigrationTest {

    private static final String FIRST_FIRM = "91210200MA0QC8K63J";
    private static final String LATER_FIRM = "91210202MA0Y5T2X1U";

    @Test
    void existing_applications_become_registered_projects_and_lose_nothing() throws SQLException {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String url = infrastructure.jdbcUrl("project_migration_" + Long.toString(System.nanoTime(), 36));
        FluentConfiguration flyway = Flyway.configure().dataSource(url, infrastructure.username(), infrastructure.password())
                .locations("classpath:db/messaging", "classpath:db/migration");
        flyway.target("22").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, infrastructure.username(),
                infrastructure.password()); Statement sql = connection.createStatement()) {
            UUID phaseOne = application(sql, "P-1", FIRST_FIRM, "2025-01-10", "ACCEPTED", "DL-1", 54.6);
            UUID towers = section(sql, phaseOne, 1, "Towers", "ACCEPTED");
            UUID garage = section(sql, phaseOne, 2, "Garage", "ACCEPTED");
            opinion(sql, "O-1", towers, "2025-02-01");
            opinion(sql, "O-2", garage, "2025-02-03");
            filing(sql, "F-1", phaseOne, "[\"O-1\", \"O-2\"]");
            UUID phaseTwo = application(sql, "P-1", LATER_FIRM, "2025-06-01", "IN_INSPECTION", "DL-2", 60);
            UUID school = section(sql, phaseTwo, 1, "School", "IN_INSPECTION");

            UUID whole = application(sql, "P-2", FIRST_FIRM, "2025-03-01", "ACCEPTED", "DL-3", 20);
            opinion(sql, "O-3", section(sql, whole, 1, "Whole project", "ACCEPTED"), "2025-03-20");
            filing(sql, "F-2", whole, "[\"O-3\"]");

            UUID draft = application(sql, "P-3", FIRST_FIRM, "2025-07-01", "DRAFT", null, 10);
            section(sql, draft, 1, "Everything", "AWAITING_INTAKE");

            flyway.target("latest").load().migrate();

            assertThat(rows(sql, "select project_code, owner_credit_code, height_m::text, version from project "
                    + "order by project_code")).containsExactly("P-1|" + FIRST_FIRM + "|60.00|1",
                            "P-2|" + FIRST_FIRM + "|20.00|1");
            assertThat(rows(sql, "select p.project_code, v.version, v.changed_by, v.height_m::text from "
                    + "project_version v join project p on p.id = v.project_id order by p.project_code"))
                    .containsExactly("P-1|1|migration|60.00", "P-2|1|migration|20.00");
            assertThat(rows(sql, "select p.project_code, ps.position, ps.name from project_section ps join project p "
                    + "on p.id = ps.project_id order by p.project_code, ps.position"))
                    .containsExactly("P-1|1|Towers", "P-1|2|Garage", "P-1|3|School", "P-2|1|Whole project");
            assertThat(rows(sql, "select coalesce(a.number, '-'), coalesce(p.project_code, '-'), a.height_m::text from application a "
                    + "left join project p on p.id = a.project_id order by a.submitted_at"))
                    .as("every application kept, with the attributes it was declared with")
                    .containsExactly("DL-1|P-1|54.60", "DL-3|P-2|20.00", "DL-2|P-1|60.00", "-|-|10.00");
            assertThat(rows(sql, "select (s.id = '" + school + "')::text, coalesce(ps.name, '-') from section s left join project_section ps "
                    + "on ps.id = s.project_section_id order by s.name")).containsExactly("false|-", "false|Garage",
                            "true|School", "false|Towers", "false|Whole project");
            assertThat(rows(sql, "select number, (section_id = '" + towers + "')::text from joint_opinion order by number"))
                    .containsExactly("O-1|true", "O-2|false", "O-3|false");
            assertThat(rows(sql, "select f.number, p.project_code, f.overall::text, (f.application_id = '" + phaseOne
                    + "')::text, f.sections::text from completion_filing f join project p on p.id = f.project_id "
                    + "order by f.number")).containsExactly(
                            "F-1|P-1|false|true|[{\"opinion\": \"O-1\", \"section\": \"Towers\", \"issuedOn\": "
                                    + "\"2025-02-01\", \"application\": \"DL-1\"}, {\"opinion\": \"O-2\", "
                                    + "\"section\": \"Garage\", \"issuedOn\": \"2025-02-03\", \"application\": \"DL-1\"}]",
                            "F-2|P-2|true|false|[{\"opinion\": \"O-3\", \"section\": \"Whole project\", \"issuedOn\": "
                                    + "\"2025-03-20\", \"application\": \"DL-3\"}]");
            assertThat(rows(sql, "select project_code, coalesce(filing_number, '-') from project order by project_code"))
                    .containsExactly("P-1|-", "P-2|F-2");
            assertThat(rows(sql, "select head_number from opinion_chain")).as("the chain's newest link, kept")
                    .containsExactly("O-3");
        }
    }

    private static UUID application(Statement sql, String code, String firm, String submitted, String status,
            String number, double height) throws SQLException {
        UUID id = UUID.randomUUID();
        sql.execute("insert into application (id, status, intake_outcome, submitted_at, applicant_credit_code, "
                + "applicant_name, contact_name, contact_phone, contact_email, project_code, project_name, "
                + "project_address, district, project_use, height_m, floors_above_ground, floors_below_ground, "
                + "gross_floor_area_m2, fire_category, civil_air_defense_works, lightning_protection, number) values ('"
                + id + "', '" + status + "', null, '" + submitted + "T09:00:00+08', '" + firm + "', 'Firm', 'Wang Li', "
                + "'0411', 'w@firm.example', '" + code + "', 'Project " + code + "', 'Renmin Road', '210202', "
                + "'residential', " + height + ", 18, 2, 23500, 'ORDINARY', false, false, "
                + (number == null ? "null" : "'" + number + "'") + ")");
        return id;
    }

    private static UUID section(Statement sql, UUID application, int position, String name, String status)
            throws SQLException {
        UUID id = UUID.randomUUID();
        sql.execute("insert into section (id, application_id, position, name, buildings, floor_area_m2, status, round) "
                + "values ('" + id + "', '" + application + "', " + position + ", '" + name + "', '[\"1#\"]', 1000, '"
                + status + "', 1)");
        return id;
    }

    private static void opinion(Statement sql, String number, UUID section, String day) throws SQLException {
        sql.execute("insert into joint_opinion (number, section_id, content, digest, issued_at) values ('" + number
                + "', '" + section + "', '{}', '" + "0".repeat(64) + "', '" + day + "T10:00:00+08')");
    }

    private static void filing(Statement sql, String number, UUID application, String opinions) throws SQLException {
        sql.execute("insert into completion_filing (number, application_id, opinions, issued_at) values ('" + number
                + "', '" + application + "', '" + opinions + "', now())");
    }

    /** The rows of a query, each its columns joined by '|'. */
    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(String.valueOf(result.getString(column)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
