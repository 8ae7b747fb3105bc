package dev.camelintercom.component.api;

/**
 * A request ready to send, with the operation it was built for (null for a {@code request} call).
 */
public record PreparedCall(OperationDefinition operation, IntercomRequest request) {
}
