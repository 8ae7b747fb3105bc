/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation of the table, and every variant of it, has at least one contract case.
 */
class OperationCoverageTest {

    @Test
    void everyOperationVariantHasAContractCase() throws Exception {
        Set<String> covered = OperationContractTest.loadCases().stream()
                .map(c -> c.operation() + " " + c.request().path("method").asText() + " " + templateOf(c))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        // the generated rows are sent one by one in GeneratedOperationsTest
        for (OperationDefinition def : IntercomOperations.all().stream().filter(OperationDefinition::isHandWritten).toList()) {
            String key = def.fullName() + " " + def.method() + " " + def.pathTemplate();
            if (!covered.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "operations without a contract case in src/test/resources/contract");
    }

    /** The case's expected path with its ids turned back into the table's placeholders. */
    private static String templateOf(ContractCase c) {
        String path = c.request().path("path").asText();
        for (OperationDefinition def : IntercomOperations.find(c.operation().split("\\.")[0],
                c.operation().contains(".") ? c.operation().split("\\.")[1] : "")) {
            String regex = def.pathTemplate().replaceAll("\\{[a-z_]+}", "[^/]+");
            if (path.matches(regex)) {
                return def.pathTemplate();
            }
        }
        return path;
    }
}
