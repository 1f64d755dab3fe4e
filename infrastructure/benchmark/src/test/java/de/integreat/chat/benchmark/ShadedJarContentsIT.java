package de.integreat.chat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.integreat.chat.emulators.ProjectFiles;
import de.integreat.chat.emulators.SamTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each function's shaded jar holds only what that function needs and stays within the 12 MB budget of
 * docs/performance.md: no Apache or Netty HTTP client (the SDK must use the URL-connection client), no Jackson
 * databind (JSON goes through jackson-jr), no other function's package, nothing of the test tooling, none of the
 * SDK parts the parent pom's shade filters leave out, and yet every class a code path of ours can reach.
 * Runs after {@code package} (failsafe, {@code mvn verify}), because it reads the jars the build produced.
 */
class ShadedJarContentsIT {

    private static final List<String> FORBIDDEN = List.of(
            "software/amazon/awssdk/http/apache",
            "software/amazon/awssdk/http/nio/netty",
            "org/apache/http/",
            "io/netty/",
            "com/fasterxml/jackson/databind/",
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

    /** The budget of issue 5 and docs/performance.md; a new dependency that breaks it should be a decision. */
    private static final long MAX_JAR_BYTES = 12_000_000;

    @TestFactory
    Stream<DynamicTest> functionJarsStayWithin12Mb() {
        return functions.stream().map(function -> DynamicTest.dynamicTest(function.logicalId(), () -> {
            long size = Files.size(jarOf(function));
            assertTrue(size <= MAX_JAR_BYTES, jarOf(function).getFileName() + " has " + size + " bytes, more than " + MAX_JAR_BYTES);
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

    /**
     * What the parent pom's shade filters leave out on purpose (see the comments there): SDK features no code path of
     * ours uses, and files nothing reads at run time. Listed here so that the decision is visible in the tests, and a
     * change of the filters that would bring them back fails. minimizeJar leaves out much more (checked below).
     */
    private static final List<String> LEFT_OUT = List.of(
            "software/amazon/awssdk/services/dynamodb/DefaultDynamoDbAsyncClient",
            "software/amazon/awssdk/services/dynamodb/streams/",
            "software/amazon/awssdk/services/dynamodb/paginators/",
            "software/amazon/awssdk/services/dynamodb/waiters/",
            "software/amazon/awssdk/services/s3/DefaultS3AsyncClient",
            "software/amazon/awssdk/services/s3/internal/crt/",
            "software/amazon/awssdk/services/s3/internal/multipart/",
            "software/amazon/awssdk/services/s3/paginators/",
            "software/amazon/awssdk/services/s3/waiters/",
            "software/amazon/awssdk/services/s3/model/selectobjectcontenteventstream/",
            "software/amazon/awssdk/core/internal/http/async/",
            "software/amazon/awssdk/core/waiters/",
            "software/amazon/awssdk/regions/internal/region/endpoints.json",
            "org/apache/commons/io/monitor/FileAlteration",
            "META-INF/maven/",
            "META-INF/versions/");

    @TestFactory
    Stream<DynamicTest> leftOutPartsStayOut() {
        return functions.stream().map(function -> DynamicTest.dynamicTest(function.logicalId(), () -> {
            try (ZipFile zip = new ZipFile(jarOf(function).toFile())) {
                List<String> present = zip.stream().map(ZipEntry::getName)
                        .filter(name -> LEFT_OUT.stream().anyMatch(name::startsWith)).toList();
                assertEquals(List.of(), present, jarOf(function).getFileName() + " holds parts the shade filters leave out");
            }
        }));
    }

    /**
     * The shade filters and minimizeJar in the parent pom leave out parts of the SDK and of commons-io that no code
     * path of ours can run. This proves it for every build: starting from our classes and the service providers
     * registered in the jar, every class a reachable class refers to in any way (see {@link ClassReferences}: also
     * in method bodies, also by name in a string) must be in the jar if its library is, with the few exceptions
     * below, each a reference only code we never call uses. A new SDK version that starts to use a left-out class on
     * one of our paths fails here, not in Lambda.
     */
    @TestFactory
    Stream<DynamicTest> everyClassTheFunctionCanReachIsInItsJar() {
        return functions.stream().map(function -> DynamicTest.dynamicTest(function.logicalId(), () -> {
            try (ZipFile zip = new ZipFile(jarOf(function).toFile())) {
                List<String> missing = missingReachableClasses(zip);
                assertEquals(List.of(), missing, "classes " + jarOf(function).getFileName()
                        + " needs but the shade filters left out (referrer -> missing class)");
            }
        }));
    }

    /** A reference allowed to point at a left-out class: only code we never run uses it. */
    private record Allowed(Pattern from, Pattern to, String why) {
        boolean covers(String referrer, String missing) {
            return from.matcher(referrer).matches() && to.matcher(missing).matches();
        }
    }

    private static final String SDK = "software/amazon/awssdk/services/";
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(Pattern.compile(SDK + "(s3/(Default|Delegating)?S3Client|dynamodb/(Default)?DynamoDbClient)"),
                    Pattern.compile(SDK + "(s3|dynamodb)/(paginators|waiters)/.*"),
                    "the clients' paginator and waiter factory methods (xxxPaginator(), waiter()): we call none"),
            new Allowed(Pattern.compile(SDK + "[a-z0-9/]+/internal/warmup/\\w+WarmUpProvider|META-INF/services/.*SdkWarmUpProvider"),
                    Pattern.compile(SDK + ".*"),
                    "SdkWarmUp's providers (async and DynamoDB Streams clients): we never call SdkWarmUp, and it skips"
                            + " a provider it cannot load or run"));

    /**
     * Classes kept only to be loaded, never linked: S3ExpressIdentityCache tests {@code instanceof S3AsyncClient}
     * (S3 Express buckets only), which loads the interface but runs none of its code, so only its supertypes count.
     */
    private static final Set<String> LOAD_ONLY = Set.of(SDK + "s3/S3AsyncClient");

    private List<String> missingReachableClasses(ZipFile zip) throws IOException {
        Map<String, ClassReferences> classes = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        Set<String> missing = new TreeSet<>();
        for (ZipEntry entry : zip.stream().toList()) {
            String name = entry.getName();
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    classes.put(name.substring(0, name.length() - ".class".length()), ClassReferences.read(in.readAllBytes()));
                }
                if (name.startsWith("de/integreat/")) {
                    todo.add(name.substring(0, name.length() - ".class".length()));
                }
            }
        }
        for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith("META-INF/services/") && !e.isDirectory()).toList()) {
            try (InputStream in = zip.getInputStream(entry)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String provider = line.replaceAll("#.*", "").trim().replace('.', '/');
                    if (provider.isEmpty()) {
                        continue;
                    }
                    if (classes.containsKey(provider)) {
                        todo.add(provider);
                    } else {
                        check(entry.getName(), provider, missing, zip);
                    }
                }
            }
        }
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!reached.add(name)) {
                continue;
            }
            ClassReferences refs = classes.get(name);
            for (String target : LOAD_ONLY.contains(name) ? refs.supertypes : refs.names) {
                if (classes.containsKey(target)) {
                    todo.add(target);
                } else {
                    check(name, target, missing, zip);
                }
            }
        }
        return List.copyOf(missing);
    }

    /** Records {@code referrer -> target} if the target belongs to a library the jar ships but was left out of it. */
    private void check(String referrer, String target, Set<String> missing, ZipFile jar) throws IOException {
        if (ALLOWED.stream().noneMatch(a -> a.covers(referrer, target)) && fromShippedLibrary(target, jar)) {
            missing.add(referrer + " -> " + target);
        }
    }

    private final Map<String, Set<String>> libraryEntries = new HashMap<>();

    /**
     * Whether {@code name} is a class of a library jar on the build's class path that {@code jar} ships: one of whose
     * own files (a class, or a resource such as the SDK's {@code META-INF/software.amazon.awssdk/<module>/version.properties},
     * which tells so even when minimizeJar dropped every class of the module) is in the jar. A name of the JDK, of an
     * optional library the function does not ship (S3 in the functions without attachments, CRT, STS, other HTTP
     * clients) or of no library at all is not.
     */
    private boolean fromShippedLibrary(String name, ZipFile jar) throws IOException {
        Enumeration<URL> urls = ShadedJarContentsIT.class.getClassLoader().getResources(name + ".class");
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if (!"jar".equals(url.getProtocol())) {
                continue;
            }
            String file = URLDecoder.decode(url.getPath().substring("file:".length(), url.getPath().indexOf("!/")), StandardCharsets.UTF_8);
            if (Path.of(file).toAbsolutePath().normalize().startsWith(ProjectFiles.root().toAbsolutePath().normalize())) {
                continue; // one of this build's own jars (a function jar on the harness's class path)
            }
            Set<String> entries = libraryEntries.get(file);
            if (entries == null) {
                try (ZipFile library = new ZipFile(file)) {
                    entries = library.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
                            .filter(ShadedJarContentsIT::ownFile).collect(Collectors.toSet());
                }
                libraryEntries.put(file, entries);
            }
            if (entries.stream().anyMatch(e -> jar.getEntry(e) != null)) {
                return true;
            }
        }
        return false;
    }

    /** A file only its own library has (not a manifest, licence, Maven or service file that many jars share). */
    private static boolean ownFile(String entry) {
        return !entry.endsWith("module-info.class")
                && !(entry.startsWith("META-INF/") && entry.indexOf('/', "META-INF/".length()) < 0)
                && !entry.startsWith("META-INF/maven/")
                && !entry.startsWith("META-INF/services/")
                && !entry.startsWith("META-INF/versions/")
                && entry.contains("/");
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
