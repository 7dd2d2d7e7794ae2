package io.hooklake.examples.adventureworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@link TableSpec} of every synthetic AdventureWorks table. Reference tables are small
 * fixed lists; people, customers, orders, work orders and their lines scale with the scale factor
 * and grow over time (later loads insert the newest of them); the product catalogue keeps its
 * real size.
 */
final class SyntheticSpecs {

    private static final String FIRST_NAMES = "['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', "
            + "'David', 'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Carlos', "
            + "'Maria', 'Daniel', 'Karen', 'Matthew', 'Lisa', 'Anthony', 'Nancy', 'Mark', 'Betty', 'Kevin', 'Emma', 'Brian', "
            + "'Olivia', 'Ken', 'Terri', 'Roberto', 'Gail', 'Jossef', 'Dylan', 'Diane', 'Gigi', 'Hiroshi', 'Chloe', 'Lukas', 'Sofia']";
    private static final String LAST_NAMES = "['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', "
            + "'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Jackson', "
            + "'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Lewis', 'Walker', 'Young', 'Allen', "
            + "'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', "
            + "'Nakamura', 'Schmidt', 'Dubois', 'Chen', 'Kumar', 'Duffy', 'Tamburello', 'Walters', 'Erickson']";
    private static final String STREETS = "['Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Lake', 'Hill', 'Park', 'Main', 'Church', "
            + "'Mill', 'River', 'Spring', 'Valley', 'Sunset', 'Highland', 'Forest', 'Meadow', 'Ridge', 'Bay', 'Glen', 'Vista', "
            + "'Mountain', 'Orchard', 'Willow', 'Birch', 'Canyon', 'Harbor']";
    private static final String STREET_KINDS = "['Street', 'Avenue', 'Drive', 'Road', 'Lane', 'Court', 'Way', 'Boulevard', 'Place']";

    /** The currencies of the exchange rates from US dollars, in turn. */
    private static final String RATE_CURRENCIES = "['CAD', 'EUR', 'AUD', 'GBP', 'JPY', 'MXN', 'BRL']";

    private final Catalog catalog;
    private final Timeline timeline;
    private final double scale;

    SyntheticSpecs(Catalog catalog, Timeline timeline, double scale) {
        this.catalog = catalog;
        this.timeline = timeline;
        this.scale = scale;
    }

    /** The real row count times the scale, at least {@code min}. */
    long n(String table, long min) {
        return Math.max(min, Math.round(catalog.rowCount(table) * scale));
    }

    /** {@code n} rows numbered 1 to n in time order ({@code _f}: 0 to 1), landing by time when {@code growing}. */
    String rows(long n, boolean growing) {
        String f = "((i - 0.5) / " + n + ")";
        return "SELECT CAST(i AS BIGINT) AS _i0, " + (growing ? timeline.loadOf(f) : "1") + " AS _load, " + f
                + " AS _f FROM range(1, " + (n + 1) + ") t(i)";
    }

    /** A fixed list in load 1: {@code names} are the helper columns after {@code _i0}. */
    static String values(String names, String... rows) {
        List<String> numbered = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            numbered.add("(" + (k + 1) + ", " + rows[k] + ")");
        }
        return "SELECT *, 1 AS _load FROM (VALUES " + String.join(", ", numbered) + ") v(_i0, " + names + ")";
    }

    static String rnd(String salt) {
        return "rnd('" + salt + "', b._i0)";
    }

    static String rint(String salt, long lo, long hi) {
        return String.format(Locale.ROOT, "rint('%s', b._i0, %d, %d)", salt, lo, hi);
    }

    static String oneOf(String list, String salt) {
        return list + "[rint('" + salt + "', b._i0, 1, len(" + list + "))]";
    }

    List<TableSpec> specs() {
        List<TableSpec> specs = new ArrayList<>();
        reference(specs);
        people(specs);
        products(specs);
        sales(specs);
        production(specs);
        return specs;
    }

    private void reference(List<TableSpec> specs) {
        specs.add(TableSpec.of("address_types", values("_name", "'Billing'", "'Home'", "'Main Office'", "'Primary'", "'Shipping'",
                "'Archive'")).col("name", "b._name"));
        specs.add(TableSpec.of("contact_types", values("_name", "'Accounting Manager'", "'Assistant Sales Agent'",
                "'Assistant Sales Representative'", "'Coordinator Foreign Markets'", "'Export Administrator'",
                "'International Marketing Manager'", "'Marketing Assistant'", "'Marketing Manager'", "'Marketing Representative'",
                "'Order Administrator'", "'Owner'", "'Owner/Marketing Assistant'", "'Product Manager'", "'Purchasing Agent'",
                "'Purchasing Manager'", "'Regional Account Representative'", "'Sales Agent'", "'Sales Associate'",
                "'Sales Manager'", "'Sales Representative'")).col("name", "b._name"));
        specs.add(TableSpec.of("country_regions", values("_code, _name", "'US', 'United States'", "'CA', 'Canada'",
                "'FR', 'France'", "'DE', 'Germany'", "'AU', 'Australia'", "'GB', 'United Kingdom'", "'NL', 'Netherlands'",
                "'ES', 'Spain'", "'IT', 'Italy'", "'JP', 'Japan'", "'MX', 'Mexico'", "'BR', 'Brazil'"))
                .col("country_region_code", "b._code").col("name", "b._name"));
        specs.add(TableSpec.of("currencies", values("_code, _name", "'USD', 'US Dollar'", "'CAD', 'Canadian Dollar'",
                "'EUR', 'EURO'", "'AUD', 'Australian Dollar'", "'GBP', 'United Kingdom Pound'", "'JPY', 'Yen'",
                "'MXN', 'Mexican Peso'", "'BRL', 'Brazilian Real'")).col("currency_code", "b._code").col("name", "b._name"));
        specs.add(TableSpec.of("country_region_currencies", values("_country, _currency", "'US', 'USD'", "'CA', 'CAD'",
                "'FR', 'EUR'", "'DE', 'EUR'", "'AU', 'AUD'", "'GB', 'GBP'", "'NL', 'EUR'", "'ES', 'EUR'", "'IT', 'EUR'",
                "'JP', 'JPY'", "'MX', 'MXN'", "'BR', 'BRL'"))
                .col("country_region_code", "b._country").col("currency_code", "b._currency"));
        specs.add(TableSpec.of("cultures", values("_code, _name", "'', 'Invariant Language (Invariant Country)'",
                "'ar', 'Arabic'", "'en', 'English'", "'es', 'Spanish'", "'fr', 'French'", "'he', 'Hebrew'", "'th', 'Thai'",
                "'zh-cht', 'Chinese'")).col("culture_id", "rpad(b._code, 6, ' ')").col("name", "b._name"));
        specs.add(TableSpec.of("departments", values("_name, _group", "'Production', 'Manufacturing'",
                "'Engineering', 'Research and Development'", "'Tool Design', 'Research and Development'",
                "'Sales', 'Sales and Marketing'", "'Marketing', 'Sales and Marketing'", "'Purchasing', 'Inventory Management'",
                "'Research and Development', 'Research and Development'", "'Production Control', 'Manufacturing'",
                "'Human Resources', 'Executive General and Administration'", "'Finance', 'Executive General and Administration'",
                "'Information Services', 'Executive General and Administration'", "'Document Control', 'Quality Assurance'",
                "'Quality Assurance', 'Quality Assurance'", "'Facilities and Maintenance', 'Executive General and Administration'",
                "'Shipping and Receiving', 'Inventory Management'", "'Executive', 'Executive General and Administration'"))
                .col("name", "b._name").col("group_name", "b._group"));
        specs.add(TableSpec.of("illustrations", rows(5, false)).col("diagram",
                "'<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\"><title>Assembly diagram '"
                        + " || b._i0 || '</title></svg>'"));
        specs.add(TableSpec.of("locations", values("_name, _rate", "'Tool Crib', 0", "'Sheet Metal Racks', 0", "'Paint Shop', 0",
                "'Paint Storage', 0", "'Metal Storage', 0", "'Miscellaneous Storage', 0", "'Finished Goods Storage', 0",
                "'Frame Forming', 22.5", "'Frame Welding', 25", "'Debur and Polish', 14.5", "'Paint', 15.75",
                "'Specialized Paint', 18", "'Subassembly', 12.25", "'Final Assembly', 12.25"))
                .col("name", "b._name").col("cost_rate", "b._rate")
                .col("availability", "CASE WHEN b._rate = 0 THEN 0 ELSE 80 + 10 * (b._i0 % 5) END"));
        specs.add(TableSpec.of("phone_number_types", values("_name", "'Cell'", "'Home'", "'Work'")).col("name", "b._name"));
        specs.add(TableSpec.of("product_categories", values("_name", "'Bikes'", "'Components'", "'Clothing'", "'Accessories'"))
                .col("name", "b._name"));
        specs.add(TableSpec.of("product_subcategories", values("_cat, _name", "1, 'Mountain Bikes'", "1, 'Road Bikes'",
                "1, 'Touring Bikes'", "2, 'Handlebars'", "2, 'Bottom Brackets'", "2, 'Brakes'", "2, 'Chains'", "2, 'Cranksets'",
                "2, 'Derailleurs'", "2, 'Forks'", "2, 'Headsets'", "2, 'Mountain Frames'", "2, 'Pedals'", "2, 'Road Frames'",
                "2, 'Saddles'", "2, 'Touring Frames'", "2, 'Wheels'", "3, 'Bib-Shorts'", "3, 'Caps'", "3, 'Gloves'",
                "3, 'Jerseys'", "3, 'Shorts'", "3, 'Socks'", "3, 'Tights'", "3, 'Vests'", "4, 'Bike Racks'", "4, 'Bike Stands'",
                "4, 'Bottles and Cages'", "4, 'Cleaners'", "4, 'Fenders'", "4, 'Helmets'", "4, 'Hydration Packs'", "4, 'Lights'",
                "4, 'Locks'", "4, 'Panniers'", "4, 'Pumps'", "4, 'Tires and Tubes'"))
                .col("product_category_id", "b._cat").col("name", "b._name"));
        specs.add(TableSpec.of("sales_reasons", values("_name, _type", "'Price', 'Other'", "'On Promotion', 'Promotion'",
                "'Magazine Advertisement', 'Marketing'", "'Television  Advertisement', 'Marketing'", "'Manufacturer', 'Other'",
                "'Review', 'Other'", "'Demo Event', 'Marketing'", "'Sponsorship', 'Marketing'", "'Quality', 'Other'",
                "'Other', 'Other'")).col("name", "b._name").col("reason_type", "b._type"));
        specs.add(TableSpec.of("sales_territories", values("_name, _country, _group", "'Southwest', 'US', 'North America'",
                "'Northwest', 'US', 'North America'", "'Canada', 'CA', 'North America'", "'Central', 'US', 'North America'",
                "'Australia', 'AU', 'Pacific'", "'Southeast', 'US', 'North America'", "'Northeast', 'US', 'North America'",
                "'United Kingdom', 'GB', 'Europe'", "'France', 'FR', 'Europe'", "'Germany', 'DE', 'Europe'"))
                .col("name", "b._name").col("country_region_code", "b._country").col("group", "b._group")
                .col("sales_ytd", "round(1000000 + " + rnd("ytd") + " * 9000000, 4)")
                .col("sales_last_year", "round(1000000 + " + rnd("ly") + " * 7000000, 4)")
                .col("cost_ytd", "0").col("cost_last_year", "0"));
        specs.add(TableSpec.of("state_provinces", values("_code, _country, _name, _territory, _cities",
                "'CA', 'US', 'California', 1, ['Los Angeles', 'San Francisco', 'San Diego', 'Berkeley', 'Burbank', 'Concord']",
                "'WA', 'US', 'Washington', 2, ['Seattle', 'Redmond', 'Bellevue', 'Everett', 'Spokane']",
                "'BC', 'CA', 'British Columbia', 3, ['Vancouver', 'Victoria', 'Burnaby', 'Surrey']",
                "'NSW', 'AU', 'New South Wales', 5, ['Sydney', 'Newcastle', 'Wollongong']",
                "'OR', 'US', 'Oregon', 2, ['Portland', 'Salem', 'Beaverton', 'Lebanon']",
                "'ENG', 'GB', 'England', 8, ['London', 'Birmingham', 'Oxford', 'York']",
                "'75', 'FR', 'Seine (Paris)', 9, ['Paris']",
                "'NW', 'DE', 'Nordrhein-Westfalen', 10, ['Köln', 'Düsseldorf', 'Essen']",
                "'VIC', 'AU', 'Victoria', 5, ['Melbourne', 'Geelong']",
                "'TX', 'US', 'Texas', 4, ['Dallas', 'Austin', 'Houston']",
                "'NY', 'US', 'New York', 7, ['New York', 'Albany', 'Rochester']",
                "'FL', 'US', 'Florida', 6, ['Miami', 'Orlando', 'Tampa']",
                "'ON', 'CA', 'Ontario', 3, ['Toronto', 'Ottawa', 'Mississauga']",
                "'QLD', 'AU', 'Queensland', 5, ['Brisbane', 'Cairns']",
                "'BY', 'DE', 'Bayern', 10, ['München', 'Augsburg']",
                "'59', 'FR', 'Nord', 9, ['Lille', 'Roubaix']",
                "'IL', 'US', 'Illinois', 4, ['Chicago', 'Springfield']",
                "'UT', 'US', 'Utah', 1, ['Salt Lake City', 'Provo']",
                "'GA', 'US', 'Georgia', 6, ['Atlanta', 'Savannah']",
                "'MA', 'US', 'Massachusetts', 7, ['Boston', 'Cambridge']",
                "'QC', 'CA', 'Quebec', 3, ['Montreal', 'Quebec']",
                "'HE', 'DE', 'Hessen', 10, ['Frankfurt am Main', 'Darmstadt']"))
                .col("state_province_code", "rpad(b._code, 3, ' ')").col("country_region_code", "b._country")
                .col("name", "b._name").col("territory_id", "b._territory").col("is_only_state_province_flag", "false"));
        specs.add(TableSpec.of("sales_tax_rates", "SELECT s._i AS _i0, 1 AS _load, s.state_province_id AS _sp, s.name AS _spname"
                + " FROM state_provinces s").col("state_province_id", "b._sp").col("tax_type", "1 + b._i0 % 3")
                .col("tax_rate", "round(4 + " + rnd("rate") + " * 6, 2)").col("name", "b._spname || ' State Sales Tax'"));
        specs.add(TableSpec.of("scrap_reasons", values("_name", "'Brake assembly not as ordered'", "'Color incorrect'",
                "'Drill pattern incorrect'", "'Drill size too large'", "'Drill size too small'", "'Gouge in metal'",
                "'Handling damage'", "'Paint process failed'", "'Primer process failed'", "'Seat assembly not as ordered'",
                "'Stress test failed'", "'Thermoform temperature too high'", "'Thermoform temperature too low'",
                "'Trim length too long'", "'Trim length too short'", "'Wheel misaligned'")).col("name", "b._name"));
        specs.add(TableSpec.of("shifts", values("_name, _start, _end", "'Day', TIME '07:00:00', TIME '15:00:00'",
                "'Evening', TIME '15:00:00', TIME '23:00:00'", "'Night', TIME '23:00:00', TIME '07:00:00'"))
                .col("name", "b._name").col("start_time", "b._start").col("end_time", "b._end"));
        specs.add(TableSpec.of("ship_methods", values("_name, _base, _rate", "'XRQ - TRUCK GROUND', 3.95, 0.99",
                "'ZY - EXPRESS', 9.95, 1.99", "'OVERSEAS - DELUXE', 29.95, 2.99", "'OVERNIGHT J-FAST', 21.95, 1.29",
                "'CARGO TRANSPORT 5', 8.99, 1.49")).col("name", "b._name").col("ship_base", "b._base").col("ship_rate", "b._rate"));
        specs.add(TableSpec.of("special_offers", values("_desc, _pct, _type, _cat, _min, _max",
                "'No Discount', 0, 'No Discount', 'No Discount', 0, NULL",
                "'Volume Discount 11 to 14', 0.02, 'Volume Discount', 'Reseller', 11, 14",
                "'Volume Discount 15 to 24', 0.05, 'Volume Discount', 'Reseller', 15, 24",
                "'Volume Discount 25 to 40', 0.10, 'Volume Discount', 'Reseller', 25, 40",
                "'Volume Discount 41 to 60', 0.15, 'Volume Discount', 'Reseller', 41, 60",
                "'Volume Discount over 60', 0.20, 'Volume Discount', 'Reseller', 61, NULL",
                "'Mountain-100 Clearance Sale', 0.35, 'Discontinued Product', 'Reseller', 0, NULL",
                "'Sport Helmet Discount-2002', 0.10, 'Seasonal Discount', 'Reseller', 0, NULL",
                "'Road-650 Overstock', 0.30, 'Excess Inventory', 'Reseller', 0, NULL",
                "'Mountain Tire Sale', 0.50, 'Excess Inventory', 'Customer', 0, NULL",
                "'Sport Helmet Discount-2003', 0.15, 'Seasonal Discount', 'Reseller', 0, NULL",
                "'LL Road Frame Sale', 0.35, 'Excess Inventory', 'Reseller', 0, NULL",
                "'Touring-3000 Promotion', 0.15, 'New Product', 'Reseller', 0, NULL",
                "'Touring-1000 Promotion', 0.20, 'New Product', 'Reseller', 0, NULL",
                "'Half-Price Pedal Sale', 0.50, 'Seasonal Discount', 'Customer', 0, NULL",
                "'Mountain-500 Silver Clearance Sale', 0.40, 'Discontinued Product', 'Reseller', 0, NULL"))
                .col("description", "b._desc").col("discount_pct", "b._pct").col("type", "b._type").col("category", "b._cat")
                .col("min_qty", "b._min").col("max_qty", "b._max")
                .col("start_date", "CASE WHEN b._i0 <= 6 THEN TIMESTAMP '2011-05-01' ELSE order_ts(" + rnd("start") + " * 0.8) END")
                .col("end_date", "CASE WHEN b._i0 <= 6 THEN TIMESTAMP '2014-11-30' ELSE order_ts(" + rnd("start")
                        + " * 0.8) + INTERVAL 90 DAY END"));
        specs.add(TableSpec.of("unit_measures", values("_code, _name", "'EA', 'Each'", "'CM', 'Centimeter'", "'LB', 'US pound'",
                "'G', 'Gram'", "'KG', 'Kilogram'", "'IN', 'Inch'", "'OZ', 'Ounces'", "'PC', 'Piece'", "'BOX', 'Boxes'",
                "'CTN', 'Carton'", "'DZ', 'Dozen'", "'PAK', 'Pack'"))
                .col("unit_measure_code", "rpad(b._code, 3, ' ')").col("name", "b._name"));
        specs.add(TableSpec.of("documents", values("_node, _level, _title, _folder, _ext",
                "'0x', 0, 'Documents', true, ''", "'0x58', 1, 'Overview', true, ''", "'0x68', 1, 'Maintenance', true, ''",
                "'0x78', 1, 'Assembly', true, ''", "'0x5AC0', 2, 'Introduction 1', false, '.doc'",
                "'0x5B40', 2, 'Repair and Service Guidelines', false, '.doc'", "'0x6AC0', 2, 'Crank Arm and Tire Maintenance', false, '.doc'",
                "'0x6B40', 2, 'Lubrication Maintenance', false, '.doc'", "'0x6BC0', 2, 'Front Reflector Bracket Installation', false, '.doc'",
                "'0x7AC0', 2, 'Seat Assembly', false, '.doc'", "'0x7B40', 2, 'Front Derailleur Installation', false, '.doc'",
                "'0x7BC0', 2, 'Brakes Installation', false, '.doc'", "'0x7C20', 2, 'Pedal Installation', false, '.doc'"))
                .col("document_node", "b._node").col("document_level", "b._level").col("title", "b._title")
                .col("folder_flag", "b._folder").col("file_name", "b._title || b._ext").col("file_extension", "b._ext")
                .col("revision", "rpad(CAST(b._i0 % 3 AS VARCHAR), 5, ' ')").col("change_number", "b._i0 * 7 % 40")
                .col("status", "1 + b._i0 % 3")
                .col("document_summary", "CASE WHEN b._folder THEN NULL ELSE 'How to handle ' || lower(b._title) || ' of our bicycles.' END")
                .col("document", "CASE WHEN b._folder THEN NULL ELSE '\\xD0\\xCF\\x11\\xE0\\xA1\\xB1\\x1A\\xE1'::BLOB END"));
    }

    private void people(List<TableSpec> specs) {
        long employees = n("employees", 12);
        long salesPersons = n("sales_persons", 4);
        specs.add(TableSpec.of("business_entities", "SELECT *, CASE WHEN _i0 % 30 = 7 THEN 'store' WHEN _i0 % 200 = 13 THEN 'vendor'"
                + " ELSE 'person' END AS _kind FROM (" + rows(n("business_entities", 600), true) + ")"));
        specs.add(TableSpec.of("persons", "SELECT e._i AS _i0, e._load, e.business_entity_id AS _be, "
                + "row_number() OVER (ORDER BY e._i) AS _ord FROM business_entities e WHERE e._kind = 'person'")
                .col("business_entity_id", "b._be")
                .col("person_type", "CASE WHEN b._ord <= " + salesPersons + " THEN 'SP' WHEN b._ord <= " + employees
                        + " THEN 'EM' WHEN " + rnd("type") + " < 0.04 THEN 'SC' WHEN " + rnd("type") + " < 0.045 THEN 'VC' WHEN "
                        + rnd("type") + " < 0.05 THEN 'GC' ELSE 'IN' END")
                .col("name_style", "false")
                .col("title", "CASE WHEN " + rnd("title") + " < 0.05 THEN 'Mr.' WHEN " + rnd("title") + " < 0.1 THEN 'Ms.' END")
                .col("first_name", oneOf(FIRST_NAMES, "first"))
                .col("middle_name", "CASE WHEN " + rnd("middle") + " < 0.55 THEN chr(CAST(65 + " + rint("middle letter", 0, 25) + " AS INTEGER)) END")
                .col("last_name", oneOf(LAST_NAMES, "last"))
                .col("suffix", "CASE WHEN " + rnd("suffix") + " < 0.003 THEN 'Jr.' END")
                .col("email_promotion", rint("promotion", 0, 2))
                .col("additional_contact_info", "NULL")
                .col("demographics", "'<IndividualSurvey><TotalPurchaseYTD>' || " + rint("ytd", 0, 9000)
                        + " || '</TotalPurchaseYTD><YearlyIncome>' || " + oneOf("['0-25000', '25001-50000', '50001-75000', '75001-100000', 'greater than 100000']", "income")
                        + " || '</YearlyIncome></IndividualSurvey>'"));
        specs.add(TableSpec.of("employees", "SELECT p._i AS _i0, p._load, p.business_entity_id AS _be, p.person_type AS _pt, "
                + "p.first_name AS _first, p.last_name AS _last, row_number() OVER (ORDER BY p._i) AS _ord FROM persons p "
                + "WHERE p.person_type IN ('EM', 'SP')")
                .col("business_entity_id", "b._be")
                .col("national_id_number", "CAST(" + rint("national", 10000000, 999999999) + " AS VARCHAR)")
                .col("login_id", "'adventure-works\\' || lower(b._first) || (b._ord % 10)")
                .col("organization_node", "CASE WHEN b._ord = 1 THEN '0x' ELSE printf('0x%X', 88 * 256 + b._ord) END")
                .col("organization_level", "CASE WHEN b._ord = 1 THEN 0 WHEN b._ord <= 7 THEN 1 WHEN b._ord <= 40 THEN 2 ELSE 3 END")
                .col("job_title", "CASE WHEN b._ord = 1 THEN 'Chief Executive Officer' WHEN b._pt = 'SP' THEN 'Sales Representative' ELSE "
                        + oneOf("['Production Technician - WC10', 'Production Technician - WC20', 'Production Technician - WC30', "
                                + "'Production Technician - WC40', 'Production Technician - WC50', 'Production Supervisor - WC40', 'Buyer', "
                                + "'Design Engineer', 'Accountant', 'Marketing Specialist', 'Network Administrator', "
                                + "'Shipping and Receiving Clerk', 'Stocker', 'Janitor', 'Quality Assurance Technician']", "job") + " END")
                .col("birth_date", "DATE '1951-01-01' + CAST(" + rint("birth", 0, 14600) + " AS INTEGER)")
                .col("marital_status", oneOf("['M', 'S']", "marital"))
                .col("gender", oneOf("['M', 'F']", "gender"))
                .col("hire_date", "DATE '2006-06-30' + CAST(" + rint("hire", 0, 1800) + " AS INTEGER)")
                .col("salaried_flag", "b._pt = 'SP' OR b._ord <= 40")
                .col("vacation_hours", rint("vacation", 0, 99)).col("sick_leave_hours", rint("sick", 20, 80))
                .col("current_flag", "true"));
        specs.add(TableSpec.of("sales_persons", "SELECT e._i AS _i0, e._load, e.business_entity_id AS _be, "
                + "row_number() OVER (ORDER BY e._i) AS _ord FROM employees e WHERE e._pt = 'SP'")
                .skew("territory_id", 1.0)
                .col("business_entity_id", "b._be")
                .col("territory_id", "CASE WHEN b._ord % 6 = 1 THEN NULL ELSE 1 + (b._ord - 1) % 10 END")
                .col("sales_quota", "CASE WHEN b._ord % 6 = 1 THEN NULL ELSE 250000 + 50000 * (b._ord % 2) END")
                .col("bonus", "round(" + rnd("bonus") + " * 6700, 0)").col("commission_pct", "CASE WHEN b._ord % 6 = 1 THEN 0 ELSE 0.01 + 0.005 * (b._ord % 3) END")
                .col("sales_ytd", "round(" + rnd("ytd") + " * 4000000, 4)")
                .col("sales_last_year", "round(" + rnd("ly") + " * 2000000, 4)"));
        specs.add(TableSpec.of("sales_person_quota_histories", "SELECT s._i * 100 + q AS _i0, "
                + "greatest(s._load, load_of_ts(TIMESTAMP '2011-05-31' + to_months(CAST(3 * q AS INTEGER)))) AS _load, "
                + "s.business_entity_id AS _be, q AS _q FROM sales_persons s, range(0, 12) r(q) WHERE s.territory_id IS NOT NULL")
                .col("business_entity_id", "b._be")
                .col("quota_date", "TIMESTAMP '2011-05-31' + to_months(CAST(3 * b._q AS INTEGER))")
                .col("sales_quota", "round(100000 + " + rnd("quota") + " * 1000000, 0)")
                .col("modified_date", "TIMESTAMP '2011-05-31' + to_months(CAST(3 * b._q AS INTEGER)) - INTERVAL 16 DAY"));
        specs.add(TableSpec.of("sales_territory_histories", "SELECT s._i AS _i0, s._load, s.business_entity_id AS _be, "
                + "s.territory_id AS _t FROM sales_persons s WHERE s.territory_id IS NOT NULL")
                .col("business_entity_id", "b._be").col("territory_id", "b._t")
                .col("start_date", "TIMESTAMP '2011-05-31'").col("end_date", "NULL"));
        specs.add(TableSpec.of("passwords", "SELECT p._i AS _i0, p._load, p.business_entity_id AS _be FROM persons p")
                .col("business_entity_id", "b._be")
                .col("password_hash", "to_base64(unhex(sha256(concat('password', b._be, '/', b._i0))))")
                .col("password_salt", "to_base64(unhex(substr(md5(concat('salt', b._be)), 1, 8)))"));
        specs.add(TableSpec.of("email_addresses", "SELECT p._i AS _i0, p._load, p.business_entity_id AS _be, p.first_name AS _first, "
                + "row_number() OVER (ORDER BY p._i) AS _ord FROM persons p")
                .col("business_entity_id", "b._be").col("email_address_id", "b._ord")
                .col("email_address", "lower(regexp_replace(b._first, '[^A-Za-z]', '', 'g')) || (b._ord % 100) || '@adventure-works.com'"));
        specs.add(TableSpec.of("person_phones", "SELECT p._i AS _i0, p._load, p.business_entity_id AS _be FROM persons p")
                .col("business_entity_id", "b._be")
                .col("phone_number", "printf('%03d-555-%04d', " + rint("area", 200, 999) + ", " + rint("phone", 0, 9999) + ")"));
        specs.add(TableSpec.of("stores", "SELECT e._i AS _i0, e._load, e.business_entity_id AS _be FROM business_entities e "
                + "WHERE e._kind = 'store'")
                .col("business_entity_id", "b._be")
                .col("name", oneOf("['Metro', 'Valley', 'Trail', 'Urban', 'Coastal', 'Summit', 'Riverside', 'Mountain', 'Downtown', "
                        + "'Family', 'Pro', 'Classic', 'Northern', 'Sunny', 'Express']", "store a") + " || ' ' || "
                        + oneOf("['Bike Shop', 'Cycles', 'Sporting Goods', 'Bike Store', 'Cycle Works', 'Outfitters', 'Wheels', "
                        + "'Sports', 'Bicycle Company', 'Parts and Service']", "store b"))
                .col("demographics", "'<StoreSurvey><AnnualSales>' || (300000 * " + rint("sales", 1, 10)
                        + ") || '</AnnualSales><NumberEmployees>' || " + rint("staff", 2, 100) + " || '</NumberEmployees></StoreSurvey>'"));
        specs.add(TableSpec.of("vendors", "SELECT e._i AS _i0, e._load, e.business_entity_id AS _be FROM business_entities e "
                + "WHERE e._kind = 'vendor'")
                .col("business_entity_id", "b._be")
                .col("name", oneOf("['Advanced', 'Allenson', 'American', 'Bike', 'Capital', 'Chicago', 'Compete', 'Consumer', "
                        + "'Crowley', 'Electronic', 'Green Lake', 'International', 'Jeff''s', 'Mountain', 'Premier', 'Superior']", "vendor a")
                        + " || ' ' || " + oneOf("['Bicycles', 'Bike Parts', 'Components', 'Manufacturing', 'Sport Supply', 'Cycling Inc.', "
                        + "'Wheel Company', 'Frames']", "vendor b"))
                .col("account_number", "upper(substr(md5(concat('vendor', b._be)), 1, 8)) || '0001'")
                .col("credit_rating", "CASE WHEN " + rnd("rating") + " < 0.8 THEN 1 ELSE " + rint("rating2", 2, 5) + " END")
                .col("preferred_vendor_status", rnd("preferred") + " < 0.9").col("active_flag", rnd("active") + " < 0.95")
                .col("purchasing_web_service_url", "CASE WHEN " + rnd("url") + " < 0.06 THEN 'www.vendor' || b._be || '.com' END"));
        specs.add(TableSpec.of("business_entity_contacts", "SELECT p._i AS _i0, p._load, p.business_entity_id AS _person, "
                + "o.business_entity_id AS _org FROM persons p JOIN \"_cum_stores\" c ON c._l = p._load "
                + "JOIN stores o ON o._i = pick('store contact', p._i, 1, c._c) WHERE p.person_type = 'SC' UNION ALL "
                + "SELECT p._i AS _i0, p._load, p.business_entity_id, o.business_entity_id FROM persons p "
                + "JOIN \"_cum_vendors\" c ON c._l = p._load JOIN vendors o ON o._i = pick('vendor contact', p._i, 1, c._c) "
                + "WHERE p.person_type = 'VC'").after("stores", "vendors")
                .col("business_entity_id", "b._org").col("person_id", "b._person").skew("contact_type_id", 2));
        specs.add(TableSpec.of("addresses", "SELECT e._i AS _i0, e._load, e.business_entity_id AS _be, e._kind FROM business_entities e")
                .skew("state_province_id", 1.6)
                .col("address_line1", rint("number", 1, 9999) + " || ' ' || " + oneOf(STREETS, "street") + " || ' ' || "
                        + oneOf(STREET_KINDS, "street kind"))
                .col("address_line2", "CASE WHEN " + rnd("line2") + " < 0.05 THEN 'Unit ' || " + rint("unit", 1, 400) + " END")
                .col("city", "fk_state_province_id._cities[" + rint("city", 1, 1000) + " % len(fk_state_province_id._cities) + 1]")
                .col("postal_code", "printf('%05d', " + rint("postal", 10000, 99999) + ")")
                .col("spatial_location", "NULL"));
        specs.add(TableSpec.of("business_entity_addresses", "SELECT a._i AS _i0, a._load, a._be, a.address_id AS _addr, a._kind "
                + "FROM addresses a")
                .col("business_entity_id", "b._be").col("address_id", "b._addr")
                .col("address_type_id", "CASE WHEN b._kind = 'person' THEN 2 ELSE 3 END"));
        specs.add(TableSpec.of("customers", "SELECT *, 11000 + row_number() OVER (ORDER BY _i0) AS _id FROM ("
                + "SELECT p._i * 2 AS _i0, p._load, p.business_entity_id AS _person, CAST(NULL AS INTEGER) AS _store, "
                + "CAST(NULL AS INTEGER) AS _sp, a.address_id AS _addr, s.territory_id AS _terr FROM persons p "
                + "JOIN addresses a ON a._be = p.business_entity_id JOIN state_provinces s ON s.state_province_id = a.state_province_id "
                + "WHERE p.person_type = 'IN' UNION ALL "
                + "SELECT o._i * 2 + 1, o._load, NULL, o.business_entity_id, o.sales_person_id, a.address_id, s.territory_id "
                + "FROM stores o JOIN addresses a ON a._be = o.business_entity_id "
                + "JOIN state_provinces s ON s.state_province_id = a.state_province_id)").after("addresses")
                .col("customer_id", "b._id").col("person_id", "b._person").col("store_id", "b._store").col("territory_id", "b._terr")
                .col("account_number", "'AW' || lpad(CAST(b._id AS VARCHAR), 8, '0')"));
        specs.add(TableSpec.of("credit_cards", rows(n("credit_cards", 100), true))
                .col("card_type", oneOf("['SuperiorCard', 'Distinguish', 'ColonialVoice', 'Vista']", "type"))
                .col("card_number", "'1' || lpad(CAST(" + rint("number", 0, 999999999999L) + " AS VARCHAR), 13, '0')")
                .col("exp_month", rint("month", 1, 12)).col("exp_year", rint("year", 2012, 2018)));
        specs.add(TableSpec.of("person_credit_cards", "SELECT c._i AS _i0, c._load, c.credit_card_id AS _cc FROM credit_cards c")
                .col("credit_card_id", "b._cc"));
        specs.add(TableSpec.of("job_candidates", rows(13, false))
                .col("business_entity_id", "CASE WHEN b._i0 <= 2 THEN fk_business_entity_id.business_entity_id END")
                .col("resume", "'<Resume><Name>' || " + oneOf(FIRST_NAMES, "first") + " || ' ' || " + oneOf(LAST_NAMES, "last")
                        + " || '</Name><Skills>Bicycle assembly, quality control</Skills></Resume>'"));
        specs.add(TableSpec.of("employee_department_histories", "SELECT e._i * 10 + k AS _i0, e._load, e.business_entity_id AS _be, "
                + "e.hire_date AS _hire, k AS _k, e._i AS _e, (rnd('transfer', e._i) < 0.02) AS _moved "
                + "FROM employees e, range(0, 2) r(k) WHERE k = 0 OR rnd('transfer', e._i) < 0.02")
                .skew("department_id", 2.5).skew("shift_id", 1.5)
                .col("business_entity_id", "b._be")
                .col("start_date", "b._hire + CAST(400 * b._k AS INTEGER)")
                .col("end_date", "CASE WHEN b._moved AND b._k = 0 THEN b._hire + 399 END"));
        specs.add(TableSpec.of("employee_pay_histories", "SELECT e._i * 10 + k AS _i0, e._load, e.business_entity_id AS _be, "
                + "e.hire_date AS _hire, k AS _k, e._i AS _e FROM employees e, range(0, 2) r(k) WHERE k = 0 OR rnd('raise', e._i) < 0.09")
                .col("business_entity_id", "b._be")
                .col("rate_change_date", "CAST(b._hire AS TIMESTAMP) + to_days(CAST(365 * b._k AS INTEGER))")
                .col("rate", "round((9 + pow(rnd('rate', b._e), 3) * 110) * (1 + 0.1 * b._k), 4)")
                .col("pay_frequency", "1 + CAST(rnd('frequency', b._e) < 0.6 AS INTEGER)"));
    }

    private void products(List<TableSpec> specs) {
        specs.add(TableSpec.of("product_models", rows(128, false))
                .col("name", oneOf("['Mountain', 'Road', 'Touring', 'Sport', 'Classic Vest', 'Full-Finger Gloves', 'Half-Finger Gloves', "
                        + "'Long-Sleeve Logo Jersey', 'Short-Sleeve Classic Jersey', 'Racing Socks', 'Cycling Cap', 'Water Bottle', "
                        + "'Bike Wash', 'Fender Set', 'Hydration Pack', 'Headlights', 'Taillight', 'Cable Lock', 'Patch Kit', "
                        + "'Mountain Pump', 'Road Tire', 'HL Road Frame', 'LL Mountain Frame', 'ML Road Handlebars', 'HL Crankset', "
                        + "'Front Derailleur', 'Rear Brakes', 'Chain', 'HL Headset', 'Touring Pedal', 'LL Mountain Seat']", "family")
                        + " || '-' || (100 * (1 + b._i0 % 9))")
                .col("catalog_description", "CASE WHEN b._i0 % 20 = 0 THEN '<ProductDescription><Summary>Our best model yet.</Summary></ProductDescription>' END")
                .col("instructions", "CASE WHEN b._i0 % 20 = 10 THEN '<root>Assemble the frame first.</root>' END"));
        specs.add(TableSpec.of("product_descriptions", rows(762, false))
                .col("description", oneOf("['Light and stiff aluminum frame for a fast ride.', 'Comfortable for all-day touring.', "
                        + "'Our top-of-the-line competition bike.', 'Durable and ready for the trail.', 'Wicks away moisture.', "
                        + "'Keeps you seen at night.', 'Fits most bikes.', 'Great value for the weekend rider.', "
                        + "'Traditional style with a modern fit.', 'Strong welds and smooth shifting.']", "description")));
        specs.add(TableSpec.of("product_model_product_description_cultures", "SELECT d._i AS _i0, 1 AS _load, "
                + "d.product_description_id AS _d FROM product_descriptions d").col("product_description_id", "b._d"));
        specs.add(TableSpec.of("product_model_illustrations", rows(7, false)));
        specs.add(TableSpec.of("product_photos", rows(101, false))
                .col("thumb_nail_photo", "'\\x47\\x49\\x46\\x38\\x39\\x61\\x50\\x00\\x31\\x00'::BLOB")
                .col("thumbnail_photo_file_name", "'photo_' || b._i0 || '_small.gif'")
                .col("large_photo", "'\\x47\\x49\\x46\\x38\\x39\\x61\\xF0\\x00\\x95\\x00'::BLOB")
                .col("large_photo_file_name", "'photo_' || b._i0 || '_large.gif'"));
        String finished = "(b._i0 % 5 < 3)";
        String category = "fk_product_subcategory_id.product_category_id";
        String price = "CASE WHEN NOT " + finished + " THEN 0 WHEN " + category + " = 1 THEN round(500 + pow(" + rnd("price") + ", 1.5) * 3100, 2)"
                + " WHEN " + category + " = 2 THEN round(20 + " + rnd("price") + " * 1400, 2) WHEN " + category + " = 3 THEN round(8 + "
                + rnd("price") + " * 82, 2) ELSE round(2 + " + rnd("price") + " * 158, 2) END";
        String bike = "(" + finished + " AND " + category + " = 1)";
        String clothing = "(" + finished + " AND " + category + " = 3)";
        specs.add(TableSpec.of("products", rows(504, false))
                .col("name", "CASE WHEN " + finished + " THEN regexp_replace(regexp_replace(fk_product_subcategory_id.name, ' Bikes$', ''), 's$', '')"
                        + " || '-' || (100 * (1 + fk_product_model_id.product_model_id % 9)) || coalesce(', ' || CASE WHEN " + bike + " THEN "
                        + oneOf("['38', '40', '42', '44', '46', '48', '52', '58', '60', '62']", "size") + " WHEN " + clothing + " THEN "
                        + oneOf("['S', 'M', 'L', 'XL']", "size") + " END, '') ELSE "
                        + oneOf("['Bearing Ball', 'Blade', 'Chainring Bolts', 'Crown Race', 'Decal', 'Fork End', 'Freewheel', 'Hex Nut', "
                                + "'Lock Washer', 'Metal Plate', 'Rim', 'Spokes', 'Steerer', 'Tension Pulley', 'Thin-Jam Lock Nut', "
                                + "'Seat Stays', 'Chain Stays', 'Head Tube', 'Down Tube', 'Top Tube']", "part") + " || ' ' || b._i0 END")
                .col("product_number", "CASE WHEN " + finished + " THEN ['BK', 'CO', 'CL', 'AC'][" + category + "] ELSE 'CP' END || '-' || "
                        + "upper(substr(md5(concat('product', b._i0)), 1, 5))")
                .col("make_flag", "CASE WHEN " + finished + " THEN " + category + " <= 2 ELSE " + rnd("make") + " < 0.5 END")
                .col("finished_goods_flag", finished)
                .col("color", "CASE WHEN " + finished + " AND " + category + " <> 2 THEN "
                        + oneOf("['Black', 'Red', 'Silver', 'Yellow', 'Blue', 'Multi', 'White', 'Grey']", "color") + " END")
                .col("safety_stock_level", "CASE WHEN " + finished + " THEN 100 ELSE 500 END")
                .col("reorder_point", "CASE WHEN " + finished + " THEN 75 ELSE 375 END")
                .col("list_price", price)
                .col("standard_cost", "CASE WHEN " + finished + " THEN round((" + price + ") * 0.6, 4) ELSE round(1 + " + rnd("cost") + " * 300, 4) END")
                .col("size", "CASE WHEN " + bike + " THEN " + oneOf("['38', '40', '42', '44', '46', '48', '52', '58', '60', '62']", "size")
                        + " WHEN " + clothing + " THEN " + oneOf("['S', 'M', 'L', 'XL']", "size") + " END")
                .col("size_unit_measure_code", "CASE WHEN " + bike + " THEN 'CM ' END")
                .col("weight_unit_measure_code", "CASE WHEN " + bike + " THEN 'LB ' END")
                .col("weight", "CASE WHEN " + bike + " THEN round(15 + " + rnd("weight") + " * 15, 2) END")
                .col("days_to_manufacture", "CASE WHEN " + bike + " THEN 4 WHEN " + finished + " THEN 0 ELSE " + rint("days", 0, 1) + " END")
                .col("product_line", "CASE WHEN " + finished + " THEN " + oneOf("['R', 'M', 'T', 'S']", "line") + " END")
                .col("class", "CASE WHEN " + finished + " THEN " + oneOf("['L', 'M', 'H']", "class") + " END")
                .col("style", "CASE WHEN " + clothing + " THEN " + oneOf("['U', 'W', 'M']", "style") + " END")
                .col("product_subcategory_id", "CASE WHEN " + finished + " THEN fk_product_subcategory_id.product_subcategory_id END")
                .col("product_model_id", "CASE WHEN " + finished + " THEN fk_product_model_id.product_model_id END")
                .col("sell_start_date", "[TIMESTAMP '2008-04-30', TIMESTAMP '2011-05-31', TIMESTAMP '2012-05-30', TIMESTAMP '2013-05-30']["
                        + "CASE WHEN " + finished + " THEN " + rint("start", 1, 4) + " ELSE 1 END]")
                .col("sell_end_date", "CASE WHEN " + rnd("end") + " < 0.2 THEN TIMESTAMP '2013-05-29' END")
                .col("discontinued_date", "NULL")
                .col("modified_date", "TIMESTAMP '2011-05-01 10:01:36'"));
        specs.add(TableSpec.of("product_cost_histories", "SELECT p._i * 10 + k AS _i0, 1 AS _load, p.product_id AS _p, "
                + "p.standard_cost AS _cost, k AS _k, (rnd('history', p._i) < 0.35) AS _twice FROM products p, range(0, 2) r(k) "
                + "WHERE p.finished_goods_flag AND (k = 0 OR rnd('history', p._i) < 0.35)")
                .col("product_id", "b._p").col("start_date", "TIMESTAMP '2012-05-30' + to_days(CAST(365 * b._k AS INTEGER))")
                .col("end_date", "CASE WHEN b._twice AND b._k = 0 THEN TIMESTAMP '2013-05-29' END")
                .col("standard_cost", "round(b._cost * (0.95 + 0.05 * b._k), 4)")
                .col("modified_date", "TIMESTAMP '2012-05-29' + to_days(CAST(365 * b._k AS INTEGER))"));
        specs.add(TableSpec.of("product_list_price_histories", "SELECT p._i * 10 + k AS _i0, 1 AS _load, p.product_id AS _p, "
                + "p.list_price AS _price, k AS _k, (rnd('history', p._i) < 0.35) AS _twice FROM products p, range(0, 2) r(k) "
                + "WHERE p.finished_goods_flag AND (k = 0 OR rnd('history', p._i) < 0.35)")
                .col("product_id", "b._p").col("start_date", "TIMESTAMP '2012-05-30' + to_days(CAST(365 * b._k AS INTEGER))")
                .col("end_date", "CASE WHEN b._twice AND b._k = 0 THEN TIMESTAMP '2013-05-29' END")
                .col("list_price", "round(b._price * (0.95 + 0.05 * b._k), 4)")
                .col("modified_date", "TIMESTAMP '2012-05-29' + to_days(CAST(365 * b._k AS INTEGER))"));
        specs.add(TableSpec.of("product_documents", rows(33, false)));
        specs.add(TableSpec.of("product_inventories", "SELECT p._i * 100 + l._i AS _i0, 1 AS _load, p.product_id AS _p, "
                + "l.location_id AS _l FROM products p, locations l WHERE rnd('inventory', p._i * 100 + l._i) < 0.15")
                .col("product_id", "b._p").col("location_id", "b._l")
                .col("shelf", oneOf("['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'R', 'S', 'T', 'U', 'V', 'W', 'Y']", "shelf"))
                .col("bin", rint("bin", 0, 61)).col("quantity", rint("quantity", 0, 924)));
        specs.add(TableSpec.of("product_product_photos", "SELECT p._i AS _i0, 1 AS _load, p.product_id AS _p FROM products p")
                .col("product_id", "b._p").col("primary", "true"));
        specs.add(TableSpec.of("product_reviews", rows(4, false))
                .col("reviewer_name", oneOf(FIRST_NAMES, "first") + " || ' ' || " + oneOf(LAST_NAMES, "last"))
                .col("review_date", "TIMESTAMP '2013-09-18' + to_days(CAST(" + rint("day", 0, 60) + " AS INTEGER))")
                .col("email_address", "'reviewer' || b._i0 || '@example.com'")
                .col("rating", rint("rating", 2, 5))
                .col("comments", oneOf("['I can''t believe I''m singing the praises of a pair of socks.', "
                        + "'A little on the heavy side, but it rides well.', 'Maybe it''s just because I''m new to mountain biking, but I had a terrible time.', "
                        + "'Worked as expected.']", "comment")));
        specs.add(TableSpec.of("product_vendors", rows(470, false))
                .col("average_lead_time", rint("lead", 10, 120))
                .col("standard_price", "round(1 + pow(" + rnd("price") + ", 2) * 80, 4)")
                .col("last_receipt_cost", "round((1 + pow(" + rnd("price") + ", 2) * 80) * 1.05, 4)")
                .col("last_receipt_date", "TIMESTAMP '2013-08-01' + to_days(CAST(" + rint("receipt", 0, 300) + " AS INTEGER))")
                .col("min_order_qty", "[1, 100, 500][" + rint("min", 1, 3) + "]")
                .col("max_order_qty", "[5, 1000, 2000][" + rint("min", 1, 3) + "]")
                .col("on_order_qty", "CASE WHEN " + rnd("on order") + " < 0.3 THEN 3 * " + rint("on order qty", 1, 200) + " END")
                .col("unit_measure_code", "'EA '"));
        specs.add(TableSpec.of("special_offer_products", "SELECT row_number() OVER (ORDER BY o.special_offer_id <> 1, p._i, "
                + "o.special_offer_id) AS _i0, greatest(p._load, o._load) AS _load, o.special_offer_id AS _o, p.product_id AS _p, "
                + "p.list_price AS _price, o.discount_pct AS _discount FROM products p JOIN special_offers o ON "
                + "(o.special_offer_id = 1 OR rnd('offer', p._i * 100 + o._i) < 0.05) WHERE p.finished_goods_flag AND p.list_price > 0")
                .col("special_offer_id", "b._o").col("product_id", "b._p"));
        specs.add(TableSpec.of("bill_of_materials", rows(2679, false))
                .col("product_assembly_id", "CASE WHEN " + rnd("top") + " < 0.04 THEN NULL ELSE fk_product_assembly_id.product_id END")
                .col("start_date", "[TIMESTAMP '2010-05-26', TIMESTAMP '2010-07-08', TIMESTAMP '2010-09-05']["
                        + rint("start", 1, 3) + "]")
                .col("end_date", "CASE WHEN " + rnd("end") + " < 0.07 THEN TIMESTAMP '2010-08-05' END")
                .col("unit_measure_code", "CASE WHEN " + rnd("unit") + " < 0.9 THEN 'EA ' ELSE 'IN ' END")
                .col("bom_level", rint("level", 0, 4)).col("per_assembly_qty", "1 + " + rint("qty", 0, 3)));
        specs.add(TableSpec.of("shopping_cart_items", rows(3, false))
                .col("shopping_cart_id", "CAST(14951 + 2 * b._i0 AS VARCHAR)")
                .col("quantity", rint("quantity", 1, 7))
                .col("date_created", "TIMESTAMP '2013-11-09 17:54:07'"));
    }

    /**
     * The rate, a week or so before the time at share {@code f}, from US dollars to the currency of
     * {@code territory}: rate i (in date order) is to currency {@code i % 7} of
     * {@link #RATE_CURRENCIES}, and lands no later than an order at {@code f}.
     */
    private String rateOn(String f, String territory) {
        long rates = n("currency_rates", 70);
        String currency = "CASE " + territory + " WHEN 3 THEN 0 WHEN 5 THEN 2 WHEN 8 THEN 3 ELSE 1 END";
        return "greatest(7 + " + currency + ", 7 * floor(" + f + " * " + rates + " / 7) - 7 + " + currency + ")";
    }

    private void sales(List<TableSpec> specs) {
        specs.add(TableSpec.of("currency_rates", rows(n("currency_rates", 70), true))
                .col("currency_rate_date", "order_ts(b._f)")
                .col("from_currency_code", "'USD'")
                .col("to_currency_code", RATE_CURRENCIES + "[1 + b._i0 % 7]")
                .col("average_rate", "round([1.01, 0.78, 1.05, 0.63, 96.5, 12.9, 2.1][1 + b._i0 % 7] * (0.95 + 0.1 * " + rnd("rate") + "), 4)")
                .col("end_of_day_rate", "round([1.01, 0.78, 1.05, 0.63, 96.5, 12.9, 2.1][1 + b._i0 % 7] * (0.95 + 0.1 * " + rnd("rate")
                        + ") * (0.998 + 0.004 * " + rnd("eod") + "), 4)")
                .col("modified_date", "order_ts(b._f)"));
        String online = "(fk_customer_id.store_id IS NULL)";
        specs.add(TableSpec.of("sales_order_headers", rows(n("sales_order_headers", 50), true))
                .skew("customer_id", 1.3).skew("credit_card_id", 1.0).skew("currency_rate_id", 1.0)
                .col("sales_order_id", "43658 + b._i0")
                .col("revision_number", "8")
                .col("order_date", "order_ts(b._f)")
                .col("due_date", "order_ts(b._f) + INTERVAL 12 DAY")
                .col("ship_date", "order_ts(b._f) + INTERVAL 7 DAY")
                .col("status", "5")
                .col("online_order_flag", online)
                .col("sales_order_number", "'SO' || (43658 + b._i0)")
                .col("purchase_order_number", "CASE WHEN NOT " + online + " THEN 'PO' || " + rint("po", 1000000000, 99999999999L) + " END")
                .col("account_number", "'10-4030-' || lpad(CAST(fk_customer_id.customer_id % 1000000 AS VARCHAR), 6, '0')")
                .col("customer_id", "fk_customer_id.customer_id")
                .col("sales_person_id", "CASE WHEN NOT " + online + " THEN fk_customer_id._sp END")
                .col("territory_id", "fk_customer_id.territory_id")
                .col("bill_to_address_id", "fk_customer_id._addr")
                .col("ship_to_address_id", "fk_customer_id._addr")
                .col("ship_method_id", "CASE WHEN " + online + " THEN 1 ELSE 5 END")
                .col("credit_card_id", "CASE WHEN " + online + " OR " + rnd("card") + " < 0.3 THEN fk_credit_card_id.credit_card_id END")
                .col("credit_card_approval_code", "CASE WHEN " + online + " OR " + rnd("card") + " < 0.3 THEN " + rint("approval", 10000, 999999)
                        + " || 'Vi' || " + rint("approval2", 1000, 99999) + " END")
                .col("currency_rate_id", "CASE WHEN fk_customer_id.territory_id IN (3, 5, 8, 9, 10) THEN " + rateOn("b._f", "fk_customer_id.territory_id") + " END")
                .col("sub_total", "0").col("tax_amt", "0").col("freight", "0").col("total_due", "0")
                .col("comment", "NULL")
                .col("modified_date", "order_ts(b._f)"));
        String qty = "b._qty";
        String unitPrice = "round(fk_special_offer_id._price * CASE WHEN b._online THEN 1 ELSE 0.6 END, 4)";
        String discount = "CASE WHEN b._online THEN 0 ELSE fk_special_offer_id._discount END";
        specs.add(TableSpec.of("sales_order_details", "SELECT *, CASE WHEN _online THEN 1 ELSE CAST(1 + floor(pow(rnd('qty', _i0), 3) * 14)"
                + " AS INTEGER) END AS _qty FROM (SELECT row_number() OVER (ORDER BY _h, _j) AS _i0, * FROM ("
                + "SELECT h._i AS _h, h._load, h.sales_order_id AS _so, h.order_date AS _date, h.online_order_flag AS _online, "
                + "unnest(range(1, 1 + CAST(CASE WHEN h.online_order_flag THEN 1 + floor(pow(rnd('lines', h._i), 2) * 4) "
                + "ELSE 1 + floor(pow(rnd('lines', h._i), 1.5) * 70) END AS BIGINT))) AS _j FROM sales_order_headers h))")
                .skew("special_offer_id", 1.8)
                .col("sales_order_id", "b._so")
                .col("sales_order_detail_id", "b._i0")
                .col("carrier_tracking_number", "CASE WHEN NOT b._online THEN upper(substr(md5(concat('track', b._so)), 1, 4) || '-' || "
                        + "substr(md5(concat('track', b._so)), 5, 4) || '-' || substr(md5(concat('track', b._so)), 9, 2)) END")
                .col("order_qty", qty)
                .col("unit_price", unitPrice)
                .col("unit_price_discount", discount)
                .col("line_total", qty + " * " + unitPrice + " * (1 - " + discount + ")")
                .col("modified_date", "b._date")
                .post(totals("sales_order_headers", "sales_order_details", "sales_order_id")));
        specs.add(TableSpec.of("sales_order_header_sales_reasons", "SELECT h._i * 10 + k AS _i0, h._load, h.sales_order_id AS _so, "
                + "h.order_date AS _date FROM sales_order_headers h, range(0, 3) r(k) WHERE h.online_order_flag AND "
                + "((k = 0 AND rnd('reasons', h._i) < 0.75) OR (k = 1 AND rnd('reasons', h._i) < 0.12) OR (k = 2 AND rnd('reasons', h._i) < 0.03))")
                .skew("sales_reason_id", 2.5)
                .col("sales_order_id", "b._so").col("modified_date", "b._date"));
        specs.add(TableSpec.of("purchase_order_headers", rows(n("purchase_order_headers", 20), true))
                .skew("vendor_id", 1.5)
                .col("revision_number", "4 + " + rint("revision", 0, 1))
                .col("status", "CASE WHEN " + rnd("status") + " < 0.05 THEN 3 ELSE 4 END")
                .col("order_date", "order_ts(b._f)").col("ship_date", "order_ts(b._f) + INTERVAL 9 DAY")
                .col("sub_total", "0").col("tax_amt", "0").col("freight", "0").col("total_due", "0")
                .col("modified_date", "order_ts(b._f)"));
        specs.add(TableSpec.of("purchase_order_details", "SELECT row_number() OVER (ORDER BY _h, _j) AS _i0, * FROM ("
                + "SELECT h._i AS _h, h._load, h.purchase_order_id AS _po, h.order_date AS _date, "
                + "unnest(range(1, 2 + CAST(floor(pow(rnd('lines', h._i), 1.5) * 4) AS BIGINT))) AS _j FROM purchase_order_headers h)")
                .skew("product_id", 1.3)
                .col("purchase_order_id", "b._po").col("purchase_order_detail_id", "b._i0")
                .col("due_date", "b._date + INTERVAL 14 DAY")
                .col("order_qty", "3 * " + rint("qty", 1, 180))
                .col("unit_price", "CASE WHEN fk_product_id.standard_cost > 0 THEN round(fk_product_id.standard_cost * 0.9, 4) ELSE 25 END")
                .col("line_total", "3 * " + rint("qty", 1, 180) + " * CASE WHEN fk_product_id.standard_cost > 0 THEN "
                        + "round(fk_product_id.standard_cost * 0.9, 4) ELSE 25 END")
                .col("received_qty", "3 * " + rint("qty", 1, 180))
                .col("rejected_qty", "CASE WHEN " + rnd("rejected") + " < 0.05 THEN 1 ELSE 0 END")
                .col("stocked_qty", "3 * " + rint("qty", 1, 180) + " - CASE WHEN " + rnd("rejected") + " < 0.05 THEN 1 ELSE 0 END")
                .col("modified_date", "b._date")
                .post(totals("purchase_order_headers", "purchase_order_details", "purchase_order_id")));
    }

    /** Header totals from the lines: the sum of the line totals, 8% tax and 2.5% freight. */
    private static String totals(String headers, String lines, String key) {
        String sub = "CAST(x._sum AS DECIMAL(19,4))";
        String tax = "round(" + sub + " * 0.08, 4)";
        String freight = "round(" + sub + " * 0.025, 4)";
        return "UPDATE " + headers + " SET sub_total = " + sub + ", tax_amt = " + tax + ", freight = " + freight + ", total_due = "
                + sub + " + " + tax + " + " + freight + " FROM (SELECT " + key + " AS _key, sum(line_total) AS _sum FROM " + lines
                + " GROUP BY " + key + ") x WHERE " + headers + "." + key + " = x._key";
    }

    private void production(List<TableSpec> specs) {
        specs.add(TableSpec.of("work_orders", rows(n("work_orders", 50), true))
                .skew("product_id", 1.5)
                .col("order_qty", "1 + CAST(floor(pow(" + rnd("qty") + ", 3) * 400) AS INTEGER)")
                .col("stocked_qty", "1 + CAST(floor(pow(" + rnd("qty") + ", 3) * 400) AS INTEGER) - CASE WHEN " + rnd("scrap")
                        + " < 0.01 THEN 1 ELSE 0 END")
                .col("scrapped_qty", "CASE WHEN " + rnd("scrap") + " < 0.01 THEN 1 ELSE 0 END")
                .col("start_date", "order_ts(b._f)").col("end_date", "order_ts(b._f) + INTERVAL 10 DAY")
                .col("due_date", "order_ts(b._f) + INTERVAL 11 DAY")
                .col("scrap_reason_id", "CASE WHEN " + rnd("scrap") + " < 0.01 THEN fk_scrap_reason_id.scrap_reason_id END")
                .col("modified_date", "order_ts(b._f)"));
        specs.add(TableSpec.of("work_order_routings", "SELECT w._i * 10 + j AS _i0, w._load, w.work_order_id AS _wo, "
                + "w.product_id AS _p, w.start_date AS _start, j AS _j FROM (SELECT *, unnest(range(1, 1 + CASE WHEN "
                + "rnd('routed', _i) < 0.74 THEN 0 ELSE CAST(1 + floor(rnd('operations', _i) * 6) AS BIGINT) END)) AS j FROM work_orders) w")
                .col("work_order_id", "b._wo").col("product_id", "b._p").col("operation_sequence", "b._j")
                .col("scheduled_start_date", "b._start").col("scheduled_end_date", "b._start + INTERVAL 11 DAY")
                .col("actual_start_date", "b._start + to_days(CAST(b._j AS INTEGER))")
                .col("actual_end_date", "b._start + to_days(CAST(b._j + 10 AS INTEGER))")
                .col("actual_resource_hrs", "round(1 + " + rnd("hours") + " * 3, 4)")
                .col("planned_cost", "round(36 + " + rnd("cost") + " * 56, 4)")
                .col("actual_cost", "round(36 + " + rnd("cost") + " * 56, 4)")
                .col("modified_date", "b._start"));
        String transactions = "SELECT row_number() OVER (ORDER BY _date, _type, _ref, _line) AS _i0, * FROM ("
                + "SELECT d._load, d.sales_order_id AS _ref, d.sales_order_detail_id AS _line, d.product_id AS _p, d.modified_date AS _date, "
                + "'S' AS _type, CAST(d.order_qty AS INTEGER) AS _q, d.unit_price AS _cost FROM sales_order_details d UNION ALL "
                + "SELECT d._load, d.purchase_order_id, d.purchase_order_detail_id, d.product_id, d.modified_date, 'P', "
                + "CAST(d.order_qty AS INTEGER), d.unit_price FROM purchase_order_details d UNION ALL "
                + "SELECT w._load, w.work_order_id, 0, w.product_id, w.start_date, 'W', w.order_qty, 0 FROM work_orders w)";
        String archived = "TIMESTAMP '2013-03-31'";
        for (String table : List.of("transaction_histories", "transaction_history_archives")) {
            boolean archive = table.endsWith("archives");
            specs.add(TableSpec.of(table, "SELECT * FROM (" + transactions + ") WHERE _date " + (archive ? "<" : ">=") + " " + archived)
                    .after("sales_order_details", "purchase_order_details", "work_orders")
                    .col("transaction_id", "b._i0").col("product_id", "b._p").col("reference_order_id", "b._ref")
                    .col("reference_order_line_id", "b._line").col("transaction_date", "b._date")
                    .col("transaction_type", "b._type").col("quantity", "b._q").col("actual_cost", "b._cost")
                    .col("modified_date", "b._date"));
        }
    }
}
