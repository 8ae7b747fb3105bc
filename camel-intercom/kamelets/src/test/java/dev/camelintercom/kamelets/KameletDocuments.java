/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.kamelets.KameletFiles.Kamelet;
import dev.camelintercom.testsupport.GeneratedFiles;

/**
 * Writes the list of docs/kamelets.md from the Kamelet files: each Kamelet with its description and a table of its
 * properties. The generated part sits between START and END markers; the prose around it is hand-written.
 * <p>
 * The build runs it (exec-maven-plugin, phase process-test-classes) to check: it fails when the committed page differs
 * from what it would write ({@link GeneratedFiles}). {@code -Dcatalogue.write=true} writes it instead.
 */
public final class KameletDocuments {

    static final Path KAMELETS = Path.of("src/main/resources/kamelets");
    static final Path PAGE = Path.of("../../docs/kamelets.md");

    private static final String START = "<!-- kamelets: START (generated from the Kamelet files; do not edit) -->";
    private static final String END = "<!-- kamelets: END -->";
    private static final Map<String, String> HEADINGS = Map.of("action", "Actions", "source", "Sources", "sink", "Sink");

    private KameletDocuments() {
    }

    /** Arguments: the kamelets module's directory, and {@code true} to write instead of checking. */
    public static void main(String[] args) throws IOException {
        Path module = Path.of(args[0]);
        GeneratedFiles files = new GeneratedFiles(module,
                "mvn -B process-test-classes -pl camel-intercom/kamelets -am -Dcatalogue.write=true");
        files.expect(PAGE, GeneratedFiles.between(files.read(PAGE), START, END,
                markdown(KameletFiles.read(module.resolve(KAMELETS)))));
        files.checkOrWrite(args.length > 1 && Boolean.parseBoolean(args[1]));
    }

    static String markdown(List<Kamelet> kamelets) {
        StringBuilder md = new StringBuilder("| Kamelet | type | what it does |\n|---|---|---|\n");
        for (Kamelet k : kamelets) {
            md.append("| [`").append(k.name()).append("`](#").append(k.name()).append(") | ").append(k.type())
                    .append(" | ").append(cell(k.definition().path("description").asText())).append(" |\n");
        }
        String type = null;
        for (Kamelet k : kamelets) {
            if (!k.type().equals(type)) {
                type = k.type();
                md.append("\n### ").append(HEADINGS.get(type)).append('\n');
            }
            md.append("\n#### ").append(k.name()).append("\n\n").append(k.definition().path("title").asText())
                    .append(": ").append(k.definition().path("description").asText()).append("\n\n")
                    .append("| property | title | description | type | default | example |\n|---|---|---|---|---|---|\n");
            k.definition().path("properties").fields().forEachRemaining(e -> md.append(row(k, e.getKey(), e.getValue())));
        }
        return md.toString();
    }

    private static String row(Kamelet k, String name, JsonNode property) {
        List<String> type = new ArrayList<>(List.of(property.path("type").asText()));
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            type = List.of(String.join(", ", values));
        }
        if (property.has("format")) {
            type.add("(" + property.get("format").asText() + ")");
        }
        return "| `" + name + "`" + (k.required(name) ? " **required**" : "") + " | " + property.path("title").asText()
               + " | " + cell(property.path("description").asText()) + " | " + String.join(" ", type) + " | "
               + (property.has("default") ? "`" + property.get("default").asText() + "`" : "") + " | `"
               + property.path("example").asText() + "` |\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
