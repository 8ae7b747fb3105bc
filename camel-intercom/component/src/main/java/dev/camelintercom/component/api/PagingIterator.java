/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import dev.camelintercom.component.IntercomApiException;
import org.apache.camel.RuntimeCamelException;

/**
 * Every result of a list or search (model objects, or JSON trees where no model class describes them), fetched page by page as it is consumed: at most one page is held in memory, so
 * it suits {@code split(body()).streaming()}. Stops after {@code maxResults} when that is above zero.
 */
public final class PagingIterator implements Iterator<Object> {

    private final IntercomClient client;
    private final ResultMapper resultMapper;
    private final OperationDefinition operation;
    private final IntercomRequest firstRequest;
    private final int maxResults;
    private Iterator<Object> current;
    private String next;
    private int returned;

    public PagingIterator(IntercomClient client, ResultMapper resultMapper, OperationDefinition operation,
                          IntercomRequest firstRequest, Page<Object> firstPage, int maxResults) {
        this.client = client;
        this.resultMapper = resultMapper;
        this.operation = operation;
        this.firstRequest = firstRequest;
        this.maxResults = maxResults;
        this.current = firstPage.items().iterator();
        this.next = firstPage.next();
    }

    @Override
    public boolean hasNext() {
        if (maxResults > 0 && returned >= maxResults) {
            return false;
        }
        while (!current.hasNext() && next != null) {
            fetch(next);
        }
        return current.hasNext();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        returned++;
        return current.next();
    }

    private void fetch(String position) {
        IntercomRequest request = firstRequest.copy();
        operation.paging().apply(request, null, position);
        try {
            Page<Object> page = ResultMapper.page(resultMapper.bodyOf(operation, request,
                    client.execute(request, resultMapper.readerOf(operation))));
            current = page.items().iterator();
            next = page.next();
        } catch (IOException | IntercomApiException e) {
            throw new RuntimeCamelException("Fetching the next page of " + operation.fullName() + " failed: " + e.getMessage(), e);
        }
    }
}
