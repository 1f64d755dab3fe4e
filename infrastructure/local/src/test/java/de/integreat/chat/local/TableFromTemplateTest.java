package de.integreat.chat.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import de.integreat.chat.emulators.TableFactory;
import de.integreat.chat.testing.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The emulated table is built from template.yaml, so the template alone decides its indexes. */
class TableFromTemplateTest {

    @Test
    void createdTableHasTheTemplatesIndexes() {
        TestEnvironment env = TestEnvironment.create();
        TableDescription table = env.clients().dynamo().describeTable(b -> b.tableName(env.table())).table();

        assertEquals(Set.of("inbox", "chatById"), indexNames(table));
    }

    @Test
    void renamingAnIndexInTheTemplateChangesTheCreatedTable(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(ProjectFiles.template()).replace("IndexName: chatById", "IndexName: renamedIndex");
        Path copy = dir.resolve("template.yaml");
        Files.writeString(copy, yaml);
        DynamoDbClient dynamo = TestEnvironment.create().clients().dynamo();

        TableFactory.createTable(dynamo, "renamed-" + System.nanoTime(), SamTemplate.load(copy));

        TableDescription created = dynamo.listTables().tableNames().stream()
                .filter(name -> name.startsWith("renamed-"))
                .map(name -> dynamo.describeTable(b -> b.tableName(name)).table())
                .findFirst().orElseThrow();
        assertEquals(Set.of("inbox", "renamedIndex"), indexNames(created));
    }

    private static Set<String> indexNames(TableDescription table) {
        return table.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet());
    }
}
