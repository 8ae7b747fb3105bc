/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelintercom.sandbox.DemoSeed;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary the README shows under its run command is in the job's own format, with the figures every demo run
 * has: the rows of the shipped CSV file and the bad ones among them, the arrivals, the rules' closes and the backlog.
 * Only the API calls and the time, which vary from run to run, are the README's own.
 */
class ReadmeSummaryTest {

    /** The password and thank-you messages, 4 of every 12 arrivals (SupportJobTest checks the rule of each). */
    private static final int CLOSED_BY_RULES = DemoTarget.ARRIVALS / 3;

    @Test
    void readmeShowsASummaryWithTheFiguresOfEveryDemoRun() throws IOException {
        String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
        int rows = CsvFile.demo().dataRows();
        // SupportJobTest checks that a run on the shipped file refuses exactly these rows
        int refused = Files.readAllLines(Path.of("src/test/resources/job/refused-rows.csv")).size() - 1;
        int arrivals = DemoTarget.ARRIVALS;
        JobSummary summary = new JobSummary(true, rows, rows - refused, refused,
                Path.of(".../camel-intercom-examples/main/target/main-job/refused-rows.csv"), arrivals, arrivals, arrivals,
                arrivals, CLOSED_BY_RULES, DemoSeed.BACKLOG, Integer.parseInt(readmeFigure(readme, "API calls +(\\d+) ")),
                "counted by the sandbox, polls included; at most 167 per 10 s", 0,
                Duration.ofMillis(Math.round(Double.parseDouble(readmeFigure(readme, "time +([\\d.]+) s")) * 1000)));
        assertTrue(readme.contains(summary.format()), "README.md must show a summary as the job prints it:\n" + summary.format());
    }

    private static String readmeFigure(String readme, String line) {
        Matcher m = Pattern.compile("\n  " + line).matcher(readme);
        assertTrue(m.find(), "README.md: no summary line " + line);
        return m.group(1);
    }
}
