/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.testsupport.GeneratedFiles;
import org.apache.camel.util.StringHelper;

/**
 * Writes the starter's {@link IntercomComponentConfiguration} and the value hints of its String options from the
 * component's own option list, intercom.json (written by camel-component-maven-plugin from the {@code @UriParam} and
 * {@code @Metadata} annotations): one field per component option, with the option's description as Javadoc
 * (spring-boot-configuration-processor turns it into spring-configuration-metadata.json) and its default as initial
 * value.
 * <p>
 * The build runs it (exec-maven-plugin, phase process-test-classes) to check: it fails when the committed class or
 * hints differ from what it would write ({@link GeneratedFiles}). {@code -Dcatalogue.write=true} writes them instead.
 */
public final class StarterConfigurationGenerator {

    static final Path CONFIGURATION =
            Path.of("src/main/java/dev/camelintercom/component/springboot/IntercomComponentConfiguration.java");
    /** The processor merges this into spring-configuration-metadata.json: the values of the options that are Strings. */
    static final Path HINTS = Path.of("src/main/resources/META-INF/additional-spring-configuration-metadata.json");

    private static final String PREFIX = "camel.component.intercom.";
    static final Map<String, String> BOXED = Map.of("boolean", "Boolean", "int", "Integer", "long", "Long",
            "double", "Double", "float", "Float");
    private static final String INDENT = "    ";
    private static final int JAVADOC_WIDTH = 110;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StarterConfigurationGenerator() {
    }

    /** Arguments: the component's intercom.json, the starter module's directory, and {@code true} to write. */
    public static void main(String[] args) throws IOException {
        JsonNode options = MAPPER.readTree(Path.of(args[0]).toFile()).get("componentProperties");
        new GeneratedFiles(Path.of(args[1]),
                "mvn -B process-test-classes -pl camel-intercom/starter -am -Dcatalogue.write=true")
                .expect(CONFIGURATION, configurationClass(options))
                .expect(HINTS, hints(options))
                .checkOrWrite(args.length > 2 && Boolean.parseBoolean(args[2]));
    }

    static String configurationClass(JsonNode options) {
        List<String> out = new ArrayList<>(List.of(
                "/*",
                " * Copyright 2026 The camel-intercom Authors",
                " * SPDX-License-Identifier: Apache-2.0",
                " */",
                "package dev.camelintercom.component.springboot;",
                "",
                "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;",
                "import org.springframework.boot.context.properties.ConfigurationProperties;",
                "",
                "/**",
                " * The options of the intercom component, bound from {@code camel.component.intercom.*}. A name that is not an",
                " * option stops start-up. Written by the build (StarterConfigurationGenerator) from the component's",
                " * intercom.json: do not edit, run the build with -Dcatalogue.write=true.",
                " */",
                "@ConfigurationProperties(prefix = \"camel.component.intercom\", ignoreUnknownFields = false)",
                "public class IntercomComponentConfiguration extends ComponentConfigurationPropertiesCommon {",
                ""));
        out.addAll(javadoc("Whether to enable auto configuration of the intercom component. This is enabled by default."));
        out.add(INDENT + "private Boolean enabled;");
        List<String[]> accessors = new ArrayList<>();
        accessors.add(new String[] { "enabled", "Boolean" });
        options.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode option = entry.getValue();
            String type = javaType(option);
            String value = initialValue(option, type);
            out.addAll(javadoc(option.get("description").asText()));
            out.add(INDENT + "private " + type + " " + name + (value == null ? "" : " = " + value) + ";");
            accessors.add(new String[] { name, type });
        });
        for (String[] field : accessors) {
            String name = field[0];
            String type = field[1];
            String accessor = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            out.addAll(List.of("",
                    INDENT + "public " + type + " get" + accessor + "() {",
                    INDENT + INDENT + "return " + name + ";",
                    INDENT + "}",
                    "",
                    INDENT + "public void set" + accessor + "(" + type + " " + name + ") {",
                    INDENT + INDENT + "this." + name + " = " + name + ";",
                    INDENT + "}"));
        }
        out.addAll(List.of("}", ""));
        return String.join("\n", out);
    }

    /** The hints file, in the layout Spring Boot's own metadata files have (two-space indent). */
    static String hints(JsonNode options) {
        List<String> hints = new ArrayList<>();
        options.properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            if ("String".equals(javaType(option)) && option.has("enum")) {
                List<String> values = new ArrayList<>();
                option.get("enum").forEach(value -> values.add(
                        "        {\n          \"value\": " + quoted(value.asText()) + "\n        }"));
                hints.add("    {\n      \"name\": " + quoted(PREFIX + StringHelper.camelCaseToDash(entry.getKey()))
                          + ",\n      \"values\": [\n" + String.join(",\n", values) + "\n      ]\n    }");
            }
        });
        return "{\n  \"hints\": [\n" + String.join(",\n", hints) + "\n  ]\n}\n";
    }

    /** Primitives boxed, so that an option not set is not copied onto the component. */
    private static String javaType(JsonNode option) {
        String declared = option.get("javaType").asText();
        if (BOXED.containsKey(declared)) {
            return BOXED.get(declared);
        }
        return declared.startsWith("java.lang.") ? declared.substring("java.lang.".length()) : declared;
    }

    private static String initialValue(JsonNode option, String type) {
        JsonNode value = option.get("defaultValue");
        if (value == null || "object".equals(option.get("type").asText())) {
            return null;
        }
        return switch (type) {
            case "String" -> quoted(value.asText());
            case "Long" -> value.asText() + "L";
            case "Boolean", "Integer", "Double", "Float" -> value.asText();
            default -> type + "." + value.asText(); // an enum constant
        };
    }

    private static List<String> javadoc(String text) {
        List<String> lines = new ArrayList<>();
        lines.add(INDENT + "/**");
        StringBuilder line = new StringBuilder();
        for (String word : text.replace("*/", "*&#47;").trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > JAVADOC_WIDTH) {
                lines.add(INDENT + " * " + line);
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(INDENT + " * " + line);
        }
        lines.add(INDENT + " */");
        return lines;
    }

    private static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
