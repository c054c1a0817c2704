package org.alongside.supervision;

/** One person on a staff member's supervision list: who, their group (if any), and their status. */
public record PersonRow(long id, String name, String email, String cohortName, SupervisionStatus status) {
}
