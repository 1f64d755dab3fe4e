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
}
