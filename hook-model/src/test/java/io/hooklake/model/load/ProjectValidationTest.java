package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.hooklake.model.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One small invalid project per rule under {@code src/test/resources/invalid/}, each with the
 * full diagnostic lines it must give, in print order.
 */
class ProjectValidationTest {

    @Test
    void reportsSyntaxErrorAndStillChecksTheOtherFiles() {
        String dir = "src/test/resources/invalid/syntax-error";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/broken.yml:4:11: error LH100: YAML syntax error: mapping values are not allowed here",
                dir + "/lakehouse.yml:19:17: error LH104: hook '_hook__customer' uses unknown keyset 'customer__shopp' (did you mean 'customer__shop'?)");
    }

    @Test
    void reportsEveryUnknownKeyWithTheNearestKnownOne() {
        String dir = "src/test/resources/invalid/unknown-key";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:3:1: error LH101: unknown key 'source' in file (did you mean 'sources'?)",
                dir + "/lakehouse.yml:12:13: error LH101: unknown key 'nullabel' in column (did you mean 'nullable'?)",
                dir + "/lakehouse.yml:20:5: error LH101: unknown key 'prefx' in frame (did you mean 'prefix'?)",
                dir + "/lakehouse.yml:24:9: error LH101: unknown key 'buisness_key' in hook (did you mean 'business_key'?)",
                dir + "/lakehouse.yml:27:9: error LH101: unknown key 'colour' in hook (expected one of: keyset, business_key, expression, primary, role, name)");
    }

    @Test
    void rejectsKeyWrittenTwiceInOneMapping() {
        String dir = "src/test/resources/invalid/duplicate-key";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:3:3: error LH102: duplicate key 'name' (first written at line 2, column 3)",
                dir + "/lakehouse.yml:11:13: error LH102: duplicate key 'type' (first written at line 10, column 13)",
                dir + "/lakehouse.yml:24:9: error LH102: duplicate key 'primary' (first written at line 23, column 9)");
    }

    @Test
    void reportsEveryMissingRequiredKey() {
        String dir = "src/test/resources/invalid/missing-key";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:8:13: error LH103: column is missing required key 'type'",
                dir + "/lakehouse.yml:12:5: error LH103: concept is missing required key 'name'",
                dir + "/lakehouse.yml:18:5: error LH103: frame is missing required key 'prefix'",
                dir + "/lakehouse.yml:26:5: error LH103: key 'hooks' of frame has no value");
    }

    @Test
    void rejectsHookWithUnknownKeyset() {
        String dir = "src/test/resources/invalid/unknown-keyset";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:24:17: error LH104: hook '_hook__order' uses unknown keyset 'order__adventure_workz' (did you mean 'order__adventure_works'?)",
                dir + "/lakehouse.yml:27:17: error LH104: hook '_hook__customer' uses unknown keyset 'client__adventure_works'",
                dir + "/lakehouse.yml:30:17: error LH104: hook '_hook__zzz' uses unknown keyset 'zzz'");
    }

    @Test
    void reportsEveryValueOfTheWrongType() {
        String dir = "src/test/resources/invalid/wrong-type";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:3:17: error LH105: 'md6' is not a valid hook_storage of project: expected one of text, md5, sha256, hash64 (did you mean 'md5'?)",
                dir + "/lakehouse.yml:4:21: error LH105: key 'timestamp_events' of project must be true or false, not 'sometimes'",
                dir + "/lakehouse.yml:5:12: error LH105: schemas must be a mapping, not a list",
                dir + "/lakehouse.yml:10:22: error LH105: key 'primary_key' of table must be a list, not 'customer_id'",
                dir + "/lakehouse.yml:14:23: error LH105: key 'nullable' of column must be true or false, not 'no'",
                dir + "/lakehouse.yml:17:11: error LH105: 'cor' is not a valid kind of concept: expected one of core, reference, relationship, epoch (did you mean 'core'?)",
                dir + "/lakehouse.yml:19:9: error LH105: each item of 'taxonomy' of concept must be a single value, not a mapping",
                dir + "/lakehouse.yml:23:5: error LH105: keyset must be a mapping, not 'just a string'",
                dir + "/lakehouse.yml:27:12: error LH105: key 'grain' of frame must be a list, not 'customer_id'",
                dir + "/lakehouse.yml:29:7: error LH105: key 'hooks' of frame must be a list, not a mapping");
    }

    @Test
    void rejectsDuplicateNamesOfEveryKind() {
        String dir = "src/test/resources/invalid/duplicate-name";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:12:19: error LH106: duplicate column 'customer_id' in table 'customers' (first declared at " + dir + "/lakehouse.yml:8:19)",
                dir + "/lakehouse.yml:14:15: error LH106: duplicate table 'customers' in source 'shop' (first declared at " + dir + "/lakehouse.yml:6:15)",
                dir + "/lakehouse.yml:18:11: error LH106: duplicate source 'shop' (first declared at " + dir + "/lakehouse.yml:4:11)",
                dir + "/lakehouse.yml:21:11: error LH106: duplicate concept 'customer' (first declared at " + dir + "/lakehouse.yml:20:11)",
                dir + "/lakehouse.yml:25:11: error LH106: duplicate keyset 'customer__shop' (first declared at " + dir + "/lakehouse.yml:23:5)",
                dir + "/lakehouse.yml:35:9: error LH106: duplicate hook '_hook__customer' in frame 'shop__customers' (first declared at " + dir + "/lakehouse.yml:32:9)",
                dir + "/lakehouse.yml:40:15: error LH106: duplicate hook '_hook__pair' in frame 'shop__customers' (first declared at " + dir + "/lakehouse.yml:38:15)",
                dir + "/lakehouse.yml:45:15: error LH106: duplicate event 'seen' in frame 'shop__customers' (first declared at " + dir + "/lakehouse.yml:43:15)",
                dir + "/lakehouse.yml:47:15: error LH106: duplicate event 'SEEN' in frame 'shop__customers' (first declared at " + dir + "/lakehouse.yml:43:15 as 'seen')",
                dir + "/lakehouse.yml:51:11: error LH106: duplicate frame 'shop__customers' (first declared at " + dir + "/lakehouse.yml:29:5)");
    }

    @Test
    void rejectsUnknownSourceAndFrameWithoutSourceAmongSeveral() {
        String dir = "src/test/resources/invalid/unknown-source";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:16:13: error LH107: keyset 'customer__shopp' uses unknown source 'shopp' (did you mean 'shop'?)",
                dir + "/lakehouse.yml:21:13: error LH107: frame 'sho__customers' uses unknown source 'sho' (did you mean 'shop'?)",
                dir + "/lakehouse.yml:27:5: error LH103: frame of table 'customers' is missing required key 'source' (the project has 2 sources: shop, crm)");
    }

    @Test
    void rejectsFrameWhenTheProjectHasNoSource() {
        String dir = "src/test/resources/invalid/no-source";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:7:13: error LH107: keyset 'customer__shop' uses unknown source 'shop'",
                dir + "/lakehouse.yml:9:5: error LH107: frame of table 'customers' has no source: the project declares none (declare the table's source under 'sources')");
    }

    @Test
    void rejectsFrameOfUnknownTable() {
        String dir = "src/test/resources/invalid/unknown-table";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:16:12: error LH108: frame 'shop__customer' uses unknown table 'customer' of source 'shop' (did you mean 'customers'?)");
    }

    @Test
    void rejectsUnknownColumnInKeyGrainEventAndPrimaryKey() {
        String dir = "src/test/resources/invalid/unknown-column";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:7:36: error LH109: primary key of table 'customers' uses unknown column 'tenant'",
                dir + "/lakehouse.yml:21:38: error LH109: grain of frame 'shop__customers' uses unknown column 'tenant_id' of table 'customers'",
                dir + "/lakehouse.yml:24:23: error LH109: hook '_hook__customer' uses unknown column 'custome_id' of table 'customers' (did you mean 'customer_id'?)",
                dir + "/lakehouse.yml:28:17: error LH109: event 'signed_up' of frame 'shop__customers' uses unknown column 'signedup' of table 'customers' (did you mean 'signed_up'?)");
    }

    @Test
    void rejectsKeysetOfUnknownConcept() {
        String dir = "src/test/resources/invalid/unknown-concept";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:13:14: error LH110: keyset 'customer__shop' uses unknown concept 'custmer' (did you mean 'customer'?)");
    }

    @Test
    void rejectsFrameWithoutPrimaryHookOrGrain() {
        String dir = "src/test/resources/invalid/no-primary-hook";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:16:5: error LH111: frame 'shop__customers' has no primary hook and no grain (mark the hook that identifies its records 'primary: true', or declare 'grain')");
    }

    @Test
    void rejectsFrameWithSeveralPrimaryHooks() {
        String dir = "src/test/resources/invalid/two-primary-hooks";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:29:18: error LH112: frame 'shop__customers' has more than one primary hook: '_hook__customer', '_hook__customer__account', '_hook__customer__both' (combine them in a primary composite hook, or keep one 'primary: true')");
    }

    @Test
    void rejectsCompositeHookWithUnknownOrNoParts() {
        String dir = "src/test/resources/invalid/composite-unknown-part";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:30:31: error LH113: composite hook '_hook__order_line' has unknown part '_hook__prodcut' in frame 'shop__order_lines' (did you mean '_hook__product'?)",
                dir + "/lakehouse.yml:32:15: error LH113: composite hook '_hook__nothing' has no parts");
    }

    @Test
    void rejectsCompositeHooksThatFormACycle() {
        String dir = "src/test/resources/invalid/composite-cycle";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:30:15: error LH114: composite hooks form a cycle: _hook__a -> _hook__b -> _hook__a (a composite hook cannot be a part of itself)",
                dir + "/lakehouse.yml:34:15: error LH114: composite hooks form a cycle: _hook__self -> _hook__self (a composite hook cannot be a part of itself)");
    }

    @Test
    void rejectsNamesThatAreNotSqlIdentifiers() {
        String dir = "src/test/resources/invalid/invalid-identifier";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:2:9: error LH115: project name 'my-shop' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:4:10: error LH115: schema '1dab' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:18:11: error LH115: concept name 'order line' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:27:13: error LH115: prefix 'cust-omer' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:32:15: error LH115: role 'best buyer' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:33:12: error LH115: frame name 'shop__order-lines' (the default, <source>__<table>) is not a valid SQL identifier (give the frame a 'name')",
                dir + "/lakehouse.yml:39:15: error LH115: hook name '_hook__order.line' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')",
                dir + "/lakehouse.yml:41:15: error LH115: event name 'ordered on' is not a valid SQL identifier (use a letter or '_', then letters, digits or '_')");
    }

    @Test
    void rejectsNamesThatCollideOncePrefixed() {
        String dir = "src/test/resources/invalid/name-collision";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:10:19: error LH116: column 'record_version' of table 'customers' becomes 'customer__record_version' in frame 'shop__customers', the name of a record column (rename the column in the source, or select it under another name in an expression)",
                dir + "/lakehouse.yml:18:15: error LH116: table 'shop__crm.clients' and table 'shop.crm__clients' both give models named 'shop__crm__clients' (rename a source or a table)",
                dir + "/lakehouse.yml:37:15: error LH116: hook '_hook__epoch__date' has the name of a generated column of frame 'shop__customers' (give the hook another 'name')",
                dir + "/lakehouse.yml:40:11: error LH116: frame 'calendar' has the name of the calendar (give the frame another 'name')",
                dir + "/lakehouse.yml:41:13: error LH116: frames 'shop__customers' and 'calendar' have the same prefix 'customer' (give each frame its own prefix)",
                dir + "/lakehouse.yml:54:15: error LH116: hook '_hook__client_id' has the name of a generated column of frame 'crm_clients' (give the hook another 'name')");
    }

    @Test
    void rejectsHookAndEventWithBothOrNeitherValue() {
        String dir = "src/test/resources/invalid/value-source";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:24:21: error LH117: hook '_hook__customer' has both 'business_key' and 'expression' (keep one of them)",
                dir + "/lakehouse.yml:25:9: error LH117: hook '_hook__customer__referrer' has neither 'business_key' nor 'expression' (give one of them)",
                dir + "/lakehouse.yml:30:21: error LH117: event 'signed_up' of frame 'shop__customers' has both 'column' and 'expression' (keep one of them)",
                dir + "/lakehouse.yml:31:9: error LH117: event 'seen' of frame 'shop__customers' has neither 'column' nor 'expression' (give one of them)");
    }

    @Test
    void rejectsFolderWithoutProjectSection() {
        String dir = "src/test/resources/invalid/no-project";

        assertThat(diagnostics(dir)).containsExactly(
                dir + ": error LH118: no 'project' section in any YAML file of the folder (add 'project: {name: ...}' to one file)");
    }

    @Test
    void rejectsProjectSectionWrittenTwice() {
        String dir = "src/test/resources/invalid/two-projects";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/more/project.yaml:1:1: error LH118: 'project' section written more than once (first written at " + dir + "/lakehouse.yml:1:1)");
    }

    @Test
    void rejectsMissingOrMalformedDltSchema() {
        String dir = "src/test/resources/invalid/dlt-schema-unreadable";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:5:17: error LH119: cannot read dlt schema 'schemas/missing.schema.yaml': no such file",
                dir + "/not-a-schema.yaml:1:1: error LH119: dlt schema has no 'tables' mapping");
    }

    @Test
    void rejectsInvalidColumnTypesInYamlAndDltSchema() {
        String dir = "src/test/resources/invalid/invalid-column-type";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/crm.schema.yaml:9:20: error LH120: unknown dlt data_type 'dubble' of column 'rating' of table 'clients' (expected one of: text, bigint, double, bool, timestamp, date, time, decimal, binary, json, complex, wei, uniqueidentifier)",
                dir + "/crm.schema.yaml:10:7: error LH120: dlt column 'blob_thing' of table 'clients' has no data_type",
                dir + "/lakehouse.yml:9:19: error LH120: column 'customer_id' of table 'customers' has invalid type 'BIGINTEGER' (use a DuckDB type such as VARCHAR, BIGINT, DECIMAL(19,4), DATE or TIMESTAMP)",
                dir + "/lakehouse.yml:17:19: error LH120: column 'notes' of table 'customers' has invalid type 'varchar(' (check its parameters, written like DECIMAL(19,4) or VARCHAR[])");
    }

    @Test
    void rejectsFrameWithEmptyGrain() {
        String dir = "src/test/resources/invalid/empty-grain";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:16:5: error LH121: frame 'shop__customers' has no grain: the business key of its primary hook is an expression (declare 'grain', the columns that identify one record)",
                dir + "/lakehouse.yml:22:5: error LH121: frame 'shop__customers_again' declares an empty grain (list the columns that identify one record, or leave 'grain' out)");
    }

    @Test
    void rejectsAnEngineHooklakeDoesNotKnow() {
        String dir = "src/test/resources/invalid/unknown-engine";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:3:11: error LH130: 'sparc' is not an engine Hooklake generates SQL for: expected duckdb or spark (did you mean 'spark'?)");
    }

    @Test
    void rejectsEventOnColumnThatIsNoDate() {
        String dir = "src/test/resources/invalid/event-column-type";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:28:17: error LH123: event 'signed_up' of frame 'shop__customers' uses column 'signed_up' of type VARCHAR, not a date or timestamp (use 'expression' to make a date of it)");
    }

    @Test
    void rejectsHookNamedWithoutTheHookPrefix() {
        String dir = "src/test/resources/invalid/hook-name";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:22:15: error LH124: hook name 'customer_hook' does not start with '_hook__' (name it like '_hook__customer')",
                dir + "/lakehouse.yml:24:15: error LH124: composite hook name '_hook__' has nothing after '_hook__' (name it after what it identifies, such as '_hook__product_vendor')");
    }

    @Test
    void rejectsTableAndColumnNamesThatCannotBecomePartOfAFileOrSqlName() {
        String dir = "src/test/resources/invalid/unsafe-name";
        String longName = "a_table_whose_name_is_so_long_that_the_file_of_its_raw_model_would_have_more_bytes_than_a_file"
                + "_system_allows_in_one_file_name_which_is_two_hundred_and_fifty_five_bytes_on_most_of_them_so_this"
                + "_name_goes_on_and_on_until_it_is_past_that_limit_indeed";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/geo.schema.yaml:4:3: error LH126: table name 'regions/../../x' holds '/', but it becomes part of a file name (rename the table in the source, or land it under another name)",
                dir + "/lakehouse.yml:9:15: error LH126: table name '../../../../elsewhere/x' holds '/', but it becomes part of a file name (rename the table in the source, or land it under another name)",
                dir + "/lakehouse.yml:12:15: error LH126: table name '/elsewhere/x' holds '/', but it becomes part of a file name (rename the table in the source, or land it under another name)",
                dir + "/lakehouse.yml:15:15: error LH126: table name 'C:x' holds ':', but it becomes part of a file name (rename the table in the source, or land it under another name)",
                dir + "/lakehouse.yml:18:15: error LH126: table name 'trailing.' ends in a dot, but it becomes part of a file name (rename the table in the source, or land it under another name)",
                dir + "/lakehouse.yml:22:22: error LH126: load column name 'loaded\\tat' holds a control character such as a line break (rename the load column)",
                dir + "/lakehouse.yml:24:20: error LH126: column name 'code\\nDROP TABLE x' of table 'countries' holds a control character such as a line break (rename the column in the source)",
                dir + "/lakehouse.yml:25:15: error LH126: the name of the raw model of table '" + longName + "' would have 256 bytes, more than the 231 a model's name may have so that its files' names (such as <model>.audit-affected.sql) stay within 255 (shorten the table's or the source's name)");
    }

    @Test
    void rejectsDltSchemaPathsThatLeaveTheProjectFolder() {
        String dir = "src/test/resources/invalid/dlt-schema-outside";

        assertThat(diagnostics(dir)).containsExactly(
                dir + "/lakehouse.yml:7:17: error LH127: dlt_schema '/etc/hostname' is absolute: a project reads files of its own folder only (put the dlt schema in the project folder " + dir + " and name it relative to this file)",
                dir + "/lakehouse.yml:9:17: error LH127: dlt_schema '../unknown-key/lakehouse.yml' leads out of the project folder: a project reads files of its own folder only (put the dlt schema in the project folder " + dir + " and name it relative to this file)");
    }

    private static List<String> diagnostics(String dir) {
        LoadResult result = ProjectLoader.check(Path.of(dir));
        assertThat(result.project()).as("a project with errors is not built").isEmpty();
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
