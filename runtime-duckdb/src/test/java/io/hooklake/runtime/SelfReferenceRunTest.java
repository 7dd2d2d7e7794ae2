package io.hooklake.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.generator.contract.GeneratedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-reference role (an employee's manager) through the unified bridge: orders per manager,
 * as of any instant, with the manager's version valid then.
 */
class SelfReferenceRunTest {

    private static final String[] TIMES = {"2024-01-01 00:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00"};

    @TempDir
    Path temp;

    /**
     * Load 1: Fuller (2) manages Davolio (1) and Leverling (3), each taking an order. Load 2: Leverling
     * reports to Davolio now, and takes a second order. Load 3: Davolio is renamed.
     */
    private static void land(Landing landing, int n) {
        String at = TIMES[n - 1];
        switch (n) {
            case 1 -> {
                landing.append("nw", "employees", at, "SELECT * FROM (VALUES (1, 2, 'Davolio'), (2, NULL, 'Fuller'),"
                        + " (3, 2, 'Leverling')) AS v(employee_id, reports_to, last_name)");
                landing.append("nw", "orders", at, "SELECT * FROM (VALUES (10, 1, DATE '2023-12-20'),"
                        + " (11, 3, DATE '2023-12-21')) AS v(order_id, employee_id, order_date)");
            }
            case 2 -> {
                landing.append("nw", "employees", at, "SELECT * FROM (VALUES (1, 2, 'Davolio'), (2, NULL, 'Fuller'),"
                        + " (3, 1, 'Leverling')) AS v(employee_id, reports_to, last_name)");
                landing.append("nw", "orders", at, "SELECT * FROM (VALUES (12, 3, DATE '2024-01-15'))"
                        + " AS v(order_id, employee_id, order_date)");
            }
            case 3 -> landing.append("nw", "employees", at, "SELECT * FROM (VALUES (1, 2, 'Davolio-Smith'))"
                    + " AS v(employee_id, reports_to, last_name)");
            default -> throw new IllegalArgumentException("no load " + n);
        }
    }

    /** Orders per manager as known at {@code at}, through the unified bridge and the employees' peripheral. */
    private static List<String> ordersPerManager(Lakehouse lakehouse, String at) {
        return Databases.rows(Databases.file(lakehouse), """
                SELECT manager.employee__last_name AS manager, count(*) AS orders
                FROM dar._bridge__as_of AS b
                JOIN dar.nw__employees AS manager ON manager._pit_hook__employee = b._pit_hook__employee__manager
                WHERE b.peripheral = 'nw__orders' AND b.event__order_date
                  AND b.bridge__record_valid_from <= TIMESTAMP '%s' AND TIMESTAMP '%s' < b.bridge__record_valid_to
                GROUP BY ALL ORDER BY manager
                """.formatted(at, at));
    }

    @Test
    void answersOrdersPerManagerThroughTheUnifiedBridgeAsOfAnyInstant() {
        Fixture fixture = Fixture.copy("northwind", temp);
        GeneratedProject generated = fixture.generate();
        Lakehouse lakehouse = Lakehouse.open(temp.resolve("lake"));
        for (int n = 1; n <= 3; n++) {
            land(lakehouse.landing(generated), n);
        }
        lakehouse.run(generated);

        // A frame's first version holds from the beginning of time, so order 12 counts under Fuller then.
        assertThat(ordersPerManager(lakehouse, "2024-01-15 00:00:00")).containsExactly("Fuller|3");
        assertThat(ordersPerManager(lakehouse, "2024-02-15 00:00:00")).containsExactly("Davolio|2", "Fuller|1");
        assertThat(ordersPerManager(lakehouse, "2024-03-15 00:00:00")).containsExactly("Davolio-Smith|2", "Fuller|1");
        // As of an instant, the manager's point-in-time hook is the manager's version valid then.
        assertThat(Databases.rows(Databases.file(lakehouse), """
                SELECT count(*) FROM dar__staging.bridge__nw__employees AS b
                JOIN dab.frame__nw__employees AS m ON m._pit_hook__employee = b._pit_hook__employee__manager
                WHERE NOT (m.employee__record_valid_from <= b.bridge__record_valid_from
                  AND b.bridge__record_valid_to <= m.employee__record_valid_to)
                """)).containsExactly("0");
        assertThat(Databases.rows(Databases.file(lakehouse), """
                SELECT o.order__order_id, m.employee__last_name
                FROM dar__staging.bridge__nw__orders AS b
                JOIN dar.nw__orders AS o ON o._pit_hook__order = b._pit_hook__order
                JOIN dar.nw__employees AS m ON m._pit_hook__employee = b._pit_hook__employee__manager
                WHERE b.bridge__is_current ORDER BY 1
                """)).containsExactly("10|Fuller", "11|Davolio-Smith", "12|Davolio-Smith");
    }
}
