package de.integreat.chat.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.appchat.NewMessage;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.testing.TestEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;

class SnapStartPrimingTest {

    private static TestEnvironment env;

    @BeforeAll
    static void seed() {
        env = TestEnvironment.create().demoRegions();
        ChatContext context = env.context();
        new AppChatService(context, RegionSettingsStore.from(context)).send("augsburg", "de", "priming-test-device",
                new NewMessage("Hallo", List.of(), null, false), null);
        context.aws().s3().putObject(b -> b.bucket(env.bucket()).key("attachments/existing"), RequestBody.fromString("x"));
    }

    @Test
    void primingHookLeavesTableAndBucketUnchanged() {
        List<Map<String, AttributeValue>> tableBefore = scan();
        List<String> bucketBefore = objects();
        assertFalse(tableBefore.isEmpty());

        new SnapStartPriming(env.context()).beforeCheckpoint(null);

        assertEquals(tableBefore, scan());
        assertEquals(bucketBefore, objects());
    }

    @Test
    void primingHookOnlyReads() {
        env.calls().reset();

        new SnapStartPriming(env.context()).beforeCheckpoint(null);

        assertEquals(List.of("GetItem"), env.calls().operations());
    }

    @Test
    void primingHookCanRunAgainAfterARestore() {
        SnapStartPriming priming = new SnapStartPriming(env.context());
        priming.beforeCheckpoint(null);
        priming.afterRestore(null);
        List<Map<String, AttributeValue>> before = scan();

        priming.beforeCheckpoint(null);

        assertEquals(before, scan());
    }

    private static List<Map<String, AttributeValue>> scan() {
        return env.clients().dynamo().scan(b -> b.tableName(env.table()).consistentRead(true)).items();
    }

    private static List<String> objects() {
        return env.clients().s3().listObjectsV2(b -> b.bucket(env.bucket())).contents().stream().map(S3Object::key).toList();
    }
}
