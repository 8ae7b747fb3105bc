/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The Kamelet files of this module, as the jar ships them (target/classes, filtered), read as JSON trees. */
final class KameletFiles {

    /** One Kamelet file. */
    record Kamelet(String file, JsonNode yaml) {

        String name() {
            return yaml.at("/metadata/name").asText();
        }

        String type() {
            return yaml.at("/metadata/labels").path("camel.apache.org/kamelet.type").asText();
        }

        JsonNode definition() {
            return yaml.at("/spec/definition");
        }

        JsonNode template() {
            return yaml.at("/spec/template");
        }

        boolean required(String property) {
            for (JsonNode name : definition().path("required")) {
                if (name.asText().equals(property)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final String SUFFIX = ".kamelet.yaml";
    /** The order of the types in the documentation. */
    static final List<String> TYPES = List.of("action", "source", "sink");

    private KameletFiles() {
    }

    /** Every Kamelet of the directory, actions first, then sources, then sinks, each by name. */
    static List<Kamelet> read(Path directory) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Kamelet> kamelets = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                kamelets.add(new Kamelet(file.getFileName().toString(), yaml.readTree(file.toFile())));
            }
        }
        kamelets.sort((a, b) -> TYPES.indexOf(a.type()) != TYPES.indexOf(b.type())
                ? Integer.compare(TYPES.indexOf(a.type()), TYPES.indexOf(b.type())) : a.name().compareTo(b.name()));
        return kamelets;
    }
}
