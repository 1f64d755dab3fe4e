package de.integreat.chat.emulators;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's root (the folder holding template.yaml) from wherever a process was started. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The project root: {@code -Dintegreat.root}, or the nearest parent of the working directory with template.yaml. */
    public static Path root() {
        String configured = System.getProperty("integreat.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("template.yaml not found above " + Path.of("").toAbsolutePath()
                + "; run from the project folder or set -Dintegreat.root");
    }

    public static Path template() {
        return root().resolve("template.yaml");
    }

    /**
     * The sample events in {@code events/} with the status each gets, in the order they must run
     * (from {@code events/expected-statuses.txt}).
     */
    public static java.util.LinkedHashMap<String, Integer> expectedEventStatuses() {
        java.util.LinkedHashMap<String, Integer> statuses = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(root().resolve("events/expected-statuses.txt"))) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    String[] parts = entry.split("\\s+");
                    statuses.put(parts[0], Integer.parseInt(parts[1]));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return statuses;
    }
}
