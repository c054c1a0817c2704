package org.alongside.directory;

import java.util.List;

/**
 * Something wrong with one field of the profile form. {@code field} is the input's id on the
 * page (displayName, bio, capacity, …) so the message can sit next to it.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
