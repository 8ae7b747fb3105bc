/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The rows of a CSV text as maps from the header's column names to the row's values, which the component takes as
 * the body of a create call. Plain comma-separated values only: no quoting, no commas inside values.
 */
@Component("csvRows")
public class CsvRows {

    public List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        String[] columns = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int number = 1; number < lines.size(); number++) {
            String[] values = lines.get(number).split(",", -1);
            if (values.length != columns.length) {
                throw new IllegalArgumentException("CSV line " + (number + 1) + " has " + values.length
                                                   + " values for " + columns.length + " columns");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i].trim(), values[i].trim());
            }
            rows.add(row);
        }
        return rows;
    }
}
