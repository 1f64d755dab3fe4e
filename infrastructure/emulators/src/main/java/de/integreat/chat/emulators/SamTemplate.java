package de.integreat.chat.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * template.yaml, read as the single source of routes, functions, configuration and the table and bucket
 * definitions. Short-form tags such as {@code !Ref X} parse as the plain scalar {@code X}.
 */
public final class SamTemplate {

    /** One {@code HttpApi} event: {@code authorizer} is null for public routes. */
    public record RouteSpec(String method, String path, String functionId, String authorizer) {

        /** The route key API Gateway puts into the event, e.g. {@code GET /api/v3/{region}/...}. */
        public String routeKey() {
            return method + " " + path;
        }
    }

    /** One {@code AWS::Serverless::Function}. */
    public record FunctionSpec(String logicalId, String codeUri, String handler, List<RouteSpec> routes) {

        /** The function's Maven module: its CodeUri is the module's shaded jar, {@code functions/<module>/target/<module>.jar}. */
        public String module() {
            String jar = codeUri.substring(codeUri.lastIndexOf('/') + 1);
            return jar.endsWith(".jar") ? jar.substring(0, jar.length() - ".jar".length()) : jar;
        }

        /** The handler's class name (the part before {@code ::}). */
        public String handlerClass() {
            int separator = handler.indexOf("::");
            return separator < 0 ? handler : handler.substring(0, separator);
        }
    }

    private final JsonNode root;

    private SamTemplate(JsonNode root) {
        this.root = root;
    }

    /** Reads the project's template.yaml. */
    public static SamTemplate load() {
        return load(ProjectFiles.template());
    }

    public static SamTemplate load(Path file) {
        try {
            return new SamTemplate(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The template's raw tree, for contract tests. */
    public JsonNode tree() {
        return root;
    }

    /** The properties of the one resource of {@code type}. */
    public JsonNode resourceProperties(String type) {
        return resource(type).getValue().path("Properties");
    }

    /** The logical id of the one resource of {@code type}. */
    public String resourceId(String type) {
        return resource(type).getKey();
    }

    /** Every function with its routes, in template order. */
    public List<FunctionSpec> functions() {
        List<FunctionSpec> functions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : resources()) {
            JsonNode resource = entry.getValue();
            if (!"AWS::Serverless::Function".equals(resource.path("Type").asText())) {
                continue;
            }
            JsonNode properties = resource.path("Properties");
            List<RouteSpec> routes = new ArrayList<>();
            properties.path("Events").fields().forEachRemaining(event -> {
                JsonNode p = event.getValue().path("Properties");
                if ("HttpApi".equals(event.getValue().path("Type").asText())) {
                    JsonNode authorizer = p.path("Auth").path("Authorizer");
                    routes.add(new RouteSpec(p.path("Method").asText().toUpperCase(java.util.Locale.ROOT),
                            p.path("Path").asText(), entry.getKey(),
                            authorizer.isMissingNode() || "NONE".equals(authorizer.asText()) ? null : authorizer.asText()));
                }
            });
            functions.add(new FunctionSpec(entry.getKey(), properties.path("CodeUri").asText(),
                    properties.path("Handler").asText(), List.copyOf(routes)));
        }
        return functions;
    }

    /** Every route of every function. */
    public List<RouteSpec> routes() {
        return functions().stream().flatMap(f -> f.routes().stream()).toList();
    }

    /** Parameter name to its default value. */
    public Map<String, String> parameterDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        root.path("Parameters").fields().forEachRemaining(p -> defaults.put(p.getKey(), p.getValue().path("Default").asText()));
        return defaults;
    }

    /**
     * A function's environment variables (Globals merged with its own), with {@code !Ref}s resolved:
     * a parameter becomes its value in {@code parameters} (else its default), a resource its name in
     * {@code resourceNames}.
     */
    public Map<String, String> environment(String functionId, Map<String, String> parameters, Map<String, String> resourceNames) {
        Map<String, String> raw = new LinkedHashMap<>();
        root.path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> raw.put(v.getKey(), v.getValue().asText()));
        root.path("Resources").path(functionId).path("Properties").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> raw.put(v.getKey(), v.getValue().asText()));
        Map<String, String> defaults = parameterDefaults();
        Map<String, String> resolved = new LinkedHashMap<>();
        raw.forEach((name, value) -> resolved.put(name, parameters.getOrDefault(value,
                defaults.getOrDefault(value, resourceNames.getOrDefault(value, value)))));
        return resolved;
    }

    private Map.Entry<String, JsonNode> resource(String type) {
        return resources().stream()
                .filter(r -> type.equals(r.getValue().path("Type").asText()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("template.yaml has no " + type));
    }

    private List<Map.Entry<String, JsonNode>> resources() {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("Resources").fields(); it.hasNext(); ) {
            list.add(it.next());
        }
        return list;
    }
}
