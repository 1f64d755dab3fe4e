package de.integreat.chat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each function's shaded jar holds only what that function needs: no Apache or Netty HTTP client (the SDK
 * must use the URL-connection client), no other function's package, and nothing of the test tooling.
 * Runs after {@code package} (failsafe, {@code mvn verify}), because it reads the jars the build produced.
 */
class ShadedJarContentsIT {

    private static final List<String> FORBIDDEN = List.of(
            "software/amazon/awssdk/http/apache",
            "software/amazon/awssdk/http/nio/netty",
            "org/apache/http/",
            "io/netty/",
            "de/integreat/chat/emulators/",
            "de/integreat/chat/benchmark/",
            "de/integreat/chat/testing/",
            "org/gaul/");

    private final List<SamTemplate.FunctionSpec> functions = SamTemplate.load().functions();

    @TestFactory
    Stream<DynamicTest> functionJarsHoldNoOtherHttpClientNorOtherFunctions() {
        return functions.stream().map(function -> DynamicTest.dynamicTest(function.logicalId(), () -> {
            Path jar = jarOf(function);
            assertTrue(Files.isRegularFile(jar), jar + " is missing: run the reactor build up to package");
            List<String> otherPackages = functions.stream().filter(f -> f != function).map(ShadedJarContentsIT::packagePath).toList();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<String> offending = zip.stream().map(ZipEntry::getName)
                        .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith)
                                || otherPackages.stream().anyMatch(name::startsWith))
                        .toList();
                assertEquals(List.of(), offending, "unexpected classes in " + jar.getFileName());
                assertTrue(zip.getEntry(function.handlerClass().replace('.', '/') + ".class") != null,
                        jar.getFileName() + " lacks its handler " + function.handlerClass());
                assertTrue(zip.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class") != null,
                        jar.getFileName() + " lacks the URL-connection HTTP client");
            }
        }));
    }

    /** Only the functions that store or serve attachments ship the S3 SDK. */
    @TestFactory
    Stream<DynamicTest> onlyAttachmentFunctionsShipS3() {
        List<String> withS3 = List.of("SendMessageFunction", "ResolveAttachmentFunction");
        return functions.stream().map(function -> DynamicTest.dynamicTest(function.logicalId(), () -> {
            try (ZipFile zip = new ZipFile(jarOf(function).toFile())) {
                boolean hasS3 = zip.getEntry("software/amazon/awssdk/services/s3/S3Client.class") != null;
                assertEquals(withS3.contains(function.logicalId()), hasS3, jarOf(function).getFileName().toString());
            }
        }));
    }

    private static Path jarOf(SamTemplate.FunctionSpec function) throws IOException {
        return ProjectFiles.root().resolve(function.codeUri());
    }

    /** {@code de.integreat.chat.sendmessage.SendMessageFunction} → {@code de/integreat/chat/sendmessage/}. */
    private static String packagePath(SamTemplate.FunctionSpec function) {
        String handler = function.handlerClass();
        return handler.substring(0, handler.lastIndexOf('.')).replace('.', '/') + "/";
    }
}
