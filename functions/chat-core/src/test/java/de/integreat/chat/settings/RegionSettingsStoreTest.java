package de.integreat.chat.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.testing.TestEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSettingsStoreTest {

    @Test
    void regionCreatedByAnotherContainerIsFoundAtOnce() {
        TestEnvironment env = TestEnvironment.create().with("SETTINGS_CACHE_SECONDS", "60");
        RegionSettingsStore reader = RegionSettingsStore.from(env.context());
        assertTrue(reader.find("neustadt").isEmpty());

        RegionSettingsStore.from(env.context()).save(new RegionSettings("neustadt", true, true, 100, 90, List.of("de"), null));

        assertTrue(reader.find("neustadt").isPresent());
    }

    @Test
    void foundSettingsAreCachedForTheConfiguredTime() {
        TestEnvironment env = TestEnvironment.create().with("SETTINGS_CACHE_SECONDS", "60");
        RegionSettingsStore reader = RegionSettingsStore.from(env.context());
        RegionSettingsStore.from(env.context()).save(new RegionSettings("altstadt", true, true, 10, 90, List.of(), null));
        reader.find("altstadt");
        RegionSettingsStore.from(env.context()).save(new RegionSettings("altstadt", true, true, 90, 90, List.of(), null));
        env.calls().reset();

        assertEquals(10, reader.find("altstadt").orElseThrow().betaTesterPercentage());
        assertEquals(0, env.calls().count());
    }
}
