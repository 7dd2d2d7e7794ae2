package io.hooklake.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.hooklake.model.Column;
import io.hooklake.model.ColumnName;
import io.hooklake.model.Project;
import io.hooklake.model.SourceName;
import io.hooklake.model.SqlType;
import io.hooklake.model.Table;
import io.hooklake.model.TableName;
import io.hooklake.model.diagnostic.Location;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DltSchemaImportTest {

    private static final Path DIR = Path.of("src/test/resources/valid/dlt-import");
    private static final Path SCHEMA = DIR.resolve("schemas/shop.schema.yaml");
    private static final SourceName SHOP = SourceName.of("shop");

    private final Project project = ProjectLoader.load(DIR);

    @Test
    void readsTablesOfTheDltSchemaBeforeThoseWrittenInYamlAndSkipsDltsOwn() {
        assertThat(project.source(SHOP).orElseThrow().tables()).extracting(Table::name)
                .containsExactly(TableName.of("customers"), TableName.of("vouchers"));
    }

    @Test
    void mapsDltDataTypesToDuckDbTypes() {
        Table customers = project.table(SHOP, TableName.of("customers")).orElseThrow();

        assertThat(customers.columns()).extracting(c -> c.name().value(), c -> c.type().sql(), Column::nullable).containsExactly(
                tuple("customer_id", "BIGINT", false),
                tuple("email", "VARCHAR", true),
                tuple("credit_limit", "DECIMAL(12,2)", true),
                tuple("balance", "DECIMAL(38,9)", true),
                tuple("visits", "INTEGER", true),
                tuple("signed_up_at", "TIMESTAMPTZ", true),
                tuple("last_seen_at", "TIMESTAMP", true),
                tuple("birthday", "DATE", true),
                tuple("preferences", "JSON", true),
                tuple("photo", "BLOB", true),
                tuple("external_key", "VARCHAR", true),
                tuple("is_active", "BOOLEAN", true),
                tuple("score", "DOUBLE", true),
                tuple("_dlt_load_id", "VARCHAR", false));
    }

    @Test
    void keepsDescriptionsPrimaryKeyAndLocationsOfTheDltFile() {
        Table customers = project.table(SHOP, TableName.of("customers")).orElseThrow();

        assertThat(customers.description()).isEqualTo("People who have an account in the shop.");
        assertThat(customers.primaryKey()).containsExactly(ColumnName.of("customer_id"));
        assertThat(customers.location()).isEqualTo(new Location(SCHEMA, 22, 3));
        assertThat(customers.column(ColumnName.of("customer_id"))).contains(new Column(ColumnName.of("customer_id"),
                SqlType.of("BIGINT"), false, "The account's number.", new Location(SCHEMA, 25, 7)));
    }

    @Test
    void usesTheSourcesLoadColumnWhenTheSchemaListsIt() {
        Table customers = project.table(SHOP, TableName.of("customers")).orElseThrow();

        assertThat(customers.loadColumn()).isEqualTo(ColumnName.of("_dlt_load_id"));
        assertThat(customers.load().type()).isEqualTo(SqlType.of("VARCHAR"));
        assertThat(customers.payload()).extracting(c -> c.name().value()).doesNotContain("_dlt_load_id", "_dlt_id");
    }

    @Test
    void doesNotReadTheDltSchemaInsideTheFolderAsAProjectFile() {
        assertThat(ProjectLoader.check(DIR).diagnostics()).isEmpty();
    }
}
