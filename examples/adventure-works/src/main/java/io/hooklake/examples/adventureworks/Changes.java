package io.hooklake.examples.adventureworks;

import java.util.Map;

/**
 * What an update in a later load changes besides {@code modified_date}: one or two attributes
 * of the main tables, never a key or a foreign key, so every reference still resolves. An
 * expression sees the row's columns, {@code _u} (the load of the row's latest update) and
 * {@code rnd(salt, i)}; it is cast to the column's type.
 */
final class Changes {

    private static final Map<String, Map<String, String>> CHANGES = Map.ofEntries(
            Map.entry("addresses", Map.of("address_line2", "'Unit ' || (1 + CAST(mix(hash(address_id), 'unit ' || _u) % 400 AS INTEGER))")),
            Map.entry("credit_cards", Map.of("exp_year", "exp_year + 3")),
            Map.entry("email_addresses", Map.of("email_address",
                    "regexp_replace(coalesce(email_address, 'someone@adventure-works.com'), '@.*$', '') || '@' || "
                            + "['mail.example.com', 'post.example.net', 'adventure-works.com'][1 + CAST(mix(hash(email_address_id), 'mail ' || _u) % 3 AS INTEGER)]")),
            Map.entry("employees", Map.of("vacation_hours", "least(99, vacation_hours + 8)", "job_title",
                    "CASE WHEN job_title LIKE 'Senior %' THEN job_title ELSE 'Senior ' || job_title END")),
            Map.entry("persons", Map.of("email_promotion", "(email_promotion + 1) % 3")),
            Map.entry("products", Map.of("list_price", "round(list_price * 1.05, 2)",
                    "standard_cost", "round(standard_cost * 1.04, 2)")),
            Map.entry("purchase_order_headers", Map.of("revision_number", "revision_number + _u - 1")),
            Map.entry("sales_order_headers", Map.of("revision_number", "revision_number + _u - 1",
                    "comment", "'changed in load ' || _u")),
            Map.entry("sales_persons", Map.of("bonus", "bonus + 500")),
            Map.entry("stores", Map.of("name", "regexp_replace(name, ' \\(new\\)$', '') || ' (new)'")),
            Map.entry("vendors", Map.of("credit_rating", "least(5, credit_rating + 1)")),
            Map.entry("work_orders", Map.of("scrapped_qty", "scrapped_qty + 1")));

    private Changes() {
    }

    /** Column to expression; empty for tables whose updates change only {@code modified_date}. */
    static Map<String, String> of(String table) {
        return CHANGES.getOrDefault(table, Map.of());
    }
}
