package org.alongside.supervision;

/** How a supervision session took place. Labels are {@code supervision.format.<NAME>} in the message bundle. */
public enum SupervisionFormat {
    IN_PERSON, VIDEO, PHONE, GROUP
}
