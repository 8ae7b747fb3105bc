/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.examples.job;

import dev.camelintercom.component.IntercomApiException;
import dev.camelintercom.component.IntercomConstants;
import dev.camelintercom.component.IntercomInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * Imports the CSV file once: each row becomes a contact ({@code contact.create} with {@code contactConflict=update},
 * so a contact that exists is updated), its company ({@code company.createOrUpdate}) and the link between them
 * ({@code contact.attachCompany}). A row that breaks a rule, the component's or the file's, goes to the refused rows
 * with its line number and the reason, and the import goes on.
 */
public class ImportCsvRoute extends RouteBuilder {

    public static final String ROUTE_ID = "import-csv";
    static final String ROW = "csvRow";
    static final String LINE = "csvLine";
    static final String TEXT = "csvText";

    private final CsvFile csv;
    private final RefusedRows refused;
    private final JobTally tally;

    public ImportCsvRoute(CsvFile csv, RefusedRows refused, JobTally tally) {
        this.csv = csv;
        this.refused = refused;
        this.tally = tally;
    }

    @Override
    public void configure() {
        // a refused row ends its own piece of the split only: the import goes on with the next row
        onException(IntercomInputException.class, RefusedRowException.class)
                .handled(true)
                .process(this::refuse);
        onException(IntercomApiException.class)
                // Intercom's own refusal of this row's data; a 401, 403, 429 or 5xx is no fault of the row
                .onWhen(exchange -> refusesTheRow(exchange.getException(IntercomApiException.class)))
                .handled(true)
                .process(this::refuse);

        from("timer:import-csv?repeatCount=1&delay=0").routeId(ROUTE_ID)
                .setBody(exchange -> csv.text())
                .split(body().tokenize("\n")).streaming()
                    .process(exchange -> {
                        Message line = exchange.getMessage();
                        line.setHeader(LINE, exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class) + 1);
                        line.setHeader(TEXT, line.getBody(String.class).strip());
                    })
                    // the header line, and blank lines
                    .filter(exchange -> lineNumber(exchange) > 1 && !text(exchange).isEmpty())
                    .process(exchange -> {
                        ContactRow row = ContactRow.parse(lineNumber(exchange), text(exchange));
                        refused.requireFirst(row);
                        exchange.getMessage().setHeader(ROW, row);
                    })
                    .setBody(exchange -> row(exchange).contact())
                    .to("intercom:contact?operation=create&contactConflict=update")
                    .setHeader(IntercomConstants.CONTACT_ID, header(IntercomConstants.RESOURCE_ID))
                    .filter(exchange -> row(exchange).hasCompany())
                        .setBody(exchange -> row(exchange).company())
                        .to("intercom:company?operation=createOrUpdate")
                        .setHeader(IntercomConstants.COMPANY_ID, header(IntercomConstants.RESOURCE_ID))
                        .setBody(constant("{}"))
                        .to("intercom:contact?operation=attachCompany")
                    .end()
                    .process(exchange -> tally.rowImported())
                .end();
    }

    private void refuse(Exchange exchange) {
        Exception reason = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // the import's own reasons and the component's messages name the field and what is wrong with it
        refused.refuse(lineNumber(exchange), reason.getMessage(), text(exchange));
    }

    private static boolean refusesTheRow(IntercomApiException e) {
        int status = e.getStatusCode();
        return status == 400 || status == 404 || status == 409 || status == 422;
    }

    private static int lineNumber(Exchange exchange) {
        return exchange.getMessage().getHeader(LINE, Integer.class);
    }

    private static ContactRow row(Exchange exchange) {
        return exchange.getMessage().getHeader(ROW, ContactRow.class);
    }

    private static String text(Exchange exchange) {
        return exchange.getMessage().getHeader(TEXT, String.class);
    }
}
