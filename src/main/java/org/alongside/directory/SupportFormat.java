package org.alongside.directory;

/** How a supporter meets the people they support. */
public enum SupportFormat {
    IN_PERSON, PHONE, VIDEO, TEXT
}
